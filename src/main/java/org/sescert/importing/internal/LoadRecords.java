package org.sescert.importing.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sescert.importing.CycleHeader;
import org.sescert.importing.CycleLayout;
import org.sescert.importing.ImportOutcome;
import org.sescert.importing.WorkbookLayout;
import org.sescert.output.OutputFolder;
import org.sescert.output.OutputFolders;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The record of every load, cycle or goals: who, when, from which source and inputs (with their
 * SHA-256), the counts of every sheet, and what became of it.
 */
public final class LoadRecords {

    private LoadRecords() {
    }

    /**
     * Records a new load of a subject (a cycle id, or GOALS) and the inputs it reads.
     *
     * @param header the Cycle sheet of a cycle load; null for a goals load
     */
    public static long record(NamedParameterJdbcTemplate jdbc, String kind, String subject, CycleHeader header, CycleSource source) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("""
                insert into load (kind, cycle_id, agency_code, agency_name, period_start, period_end, policy, administration_start,
                                  source_kind, source_name, loaded_by)
                values (:loadKind, :cycle, :agency, :agencyName, :start, :end, :policy, :admin, :kind, :name, :by)""",
                new MapSqlParameterSource()
                        .addValue("loadKind", kind).addValue("cycle", subject)
                        .addValue("agency", header == null ? null : header.agencyCode())
                        .addValue("agencyName", header == null ? null : header.agencyName())
                        .addValue("start", header == null ? null : header.periodStart())
                        .addValue("end", header == null ? null : header.periodEnd())
                        .addValue("policy", header == null ? null : header.policy())
                        .addValue("admin", header == null ? null : header.administrationStart())
                        .addValue("kind", source.kind())
                        .addValue("name", source.displayName()).addValue("by", System.getProperty("user.name", "unknown")),
                key, new String[] {"load_id"});
        long loadId = key.getKey().longValue();
        for (CycleSource.InputFile input : source.inputs()) {
            jdbc.update("insert into load_input (load_id, name, sha256, bytes) values (:load, :name, :sha, :bytes)",
                    new MapSqlParameterSource().addValue("load", loadId).addValue("name", input.name())
                            .addValue("sha", input.sha256()).addValue("bytes", input.bytes()));
        }
        return loadId;
    }

    /**
     * A failed load keeps its rows so that its job can be restarted; once the subject is imported
     * afresh, that restart is moot and the rows (names, ratings, pay) only take space. So do the rows
     * of a load whose process was killed and never restarted (still STARTED): the new import holds
     * the subject's lock, so no other import of it is running, and that load is marked FAILED.
     */
    public static void clearAbandoned(NamedParameterJdbcTemplate jdbc, WorkbookLayout layout, String subject, long currentLoad) {
        Map<String, Object> params = Map.of("cycle", subject, "load", currentLoad);
        jdbc.queryForList("select load_id from load where cycle_id = :cycle and status in ('FAILED', 'STARTED') and load_id < :load",
                        params, Long.class)
                .forEach(old -> StagingCleaner.discard(jdbc, layout, old));
        jdbc.update("update load set status = 'FAILED', finished_at = coalesce(finished_at, now()) "
                + "where cycle_id = :cycle and status = 'STARTED' and load_id < :load", params);
    }

    /** What a finished import did, from its records. */
    public static ImportOutcome outcome(NamedParameterJdbcTemplate jdbc, OutputFolders outputs, WorkbookLayout layout, long loadId,
                                        long jobExecutionId, String displayName, List<String> warnings) {
        Map<String, Object> load = jdbc.queryForMap("select cycle_id, status, refusal, replaces_load_id from load where load_id = :load",
                Map.of("load", loadId));
        String subject = (String) load.get("cycle_id");
        List<ImportOutcome.SheetCount> counts = new ArrayList<>(jdbc.query("""
                select sheet, rows_read, rows_loaded, rows_rejected from load_sheet_count where load_id = :load""",
                Map.of("load", loadId), (rs, i) -> new ImportOutcome.SheetCount(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))));
        List<String> order = new ArrayList<>(List.of(CycleLayout.CYCLE_SHEET));
        layout.rowSheets().forEach(s -> order.add(s.name()));
        counts.sort(Comparator.comparingInt(c -> order.indexOf(c.sheet())));
        long rejected = counts.stream().mapToLong(ImportOutcome.SheetCount::rejected).sum();
        boolean refused = "REFUSED".equals(load.get("status"));
        OutputFolder folder = refused ? ImportOutputSteps.refusedFolder(outputs, subject, loadId) : outputs.of(subject);
        Path csv = folder.file(RejectsExport.CSV);
        Path xlsx = folder.file(RejectsExport.XLSX);
        Number replaced = (Number) load.get("replaces_load_id");
        String refusal = refused ? (String) load.get("refusal") : null;
        return new ImportOutcome(subject, loadId, jobExecutionId, displayName, counts, rejected, folder.dir(),
                Files.exists(csv) ? csv : null, Files.exists(xlsx) ? xlsx : null, warnings, refusal,
                refused || replaced == null ? null : summary(jdbc, replaced.longValue()));
    }

    /** What a finished import did, from its records alone (a restarted execution has no inspection to hand). */
    public static ImportOutcome outcome(NamedParameterJdbcTemplate jdbc, OutputFolders outputs, WorkbookLayout layout, long loadId, long jobExecutionId) {
        String source = jdbc.queryForObject("select source_name from load where load_id = :load", Map.of("load", loadId), String.class);
        return outcome(jdbc, outputs, layout, loadId, jobExecutionId, source, List.of());
    }

    /** A load in one line, for "replaces load 3 of FY2026 (297 executives, ...)". */
    public static ImportOutcome.LoadSummary summary(NamedParameterJdbcTemplate jdbc, long loadId) {
        return jdbc.queryForObject("""
                select l.load_id, l.cycle_id, coalesce(c.rows_loaded, 0), l.started_at::date, l.source_name, l.kind
                from load l left join load_sheet_count c on c.load_id = l.load_id and c.sheet = case l.kind when 'GOALS' then 'Goals' else 'Executives' end
                where l.load_id = :load""", Map.of("load", loadId),
                (rs, i) -> new ImportOutcome.LoadSummary(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        "GOALS".equals(rs.getString(6)) ? "goals" : "executives", rs.getObject(4, java.time.LocalDate.class), rs.getString(5)));
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
