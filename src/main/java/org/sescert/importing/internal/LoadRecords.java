package org.sescert.importing.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** A load as its record tells it: source, inputs with their SHA-256, when and by whom, and the counts of every sheet. */
public final class LoadRecords {

    private LoadRecords() {
    }

    /** The load's record for a manifest: what an output's reader needs to know which data it describes. */
    public static Map<String, Object> describe(NamedParameterJdbcTemplate jdbc, long loadId) {
        Map<String, Object> params = Map.of("load", loadId);
        Map<String, Object> load = new LinkedHashMap<>(jdbc.queryForMap("""
                select load_id, cycle_id, agency_code, source_kind, source_name, loaded_by, started_at::text as started_at,
                       finished_at::text as finished_at, status, job_execution_id
                from load where load_id = :load""", params));
        List<Map<String, Object>> inputs = jdbc.queryForList("select name, sha256, bytes from load_input where load_id = :load order by name", params);
        load.put("inputs", inputs);
        Map<String, Object> sheets = new LinkedHashMap<>();
        jdbc.query("select sheet, rows_read, rows_loaded, rows_rejected from load_sheet_count where load_id = :load order by sheet", params, rs -> {
            sheets.put(rs.getString(1), Map.of("read", rs.getLong(2), "loaded", rs.getLong(3), "rejected", rs.getLong(4)));
        });
        load.put("sheets", sheets);
        return load;
    }
}
