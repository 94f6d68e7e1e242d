package org.sescert.importing.internal;

import java.util.Map;

import org.sescert.importing.SheetLayout;
import org.sescert.importing.WorkbookLayout;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Removes a load's staged rows once it is published, and all its rows once it is given up. */
public final class StagingCleaner {

    private StagingCleaner() {
    }

    /** A published load: its staging rows go; the rows it wrote straight into its load tables are the load. */
    public static void clear(NamedParameterJdbcTemplate jdbc, WorkbookLayout layout, long loadId) {
        for (SheetLayout sheet : layout.rowSheets()) {
            LoadTables target = LoadTables.of(sheet);
            if (!target.direct()) {
                jdbc.update("delete from " + target.table() + " where load_id = :load", Map.of("load", loadId));
            }
        }
        jdbc.update("delete from stage_rejected_key where load_id = :load", Map.of("load", loadId));
    }

    /**
     * Copies each staged sheet into its load table (one INSERT ... SELECT a sheet) and checks that
     * every row counted as loaded arrived: a load is stopped rather than lose a row.
     */
    static void publish(NamedParameterJdbcTemplate jdbc, Map<? extends SheetLayout, String> inserts,
                        org.springframework.jdbc.core.namedparam.MapSqlParameterSource params) {
        Map<String, Long> staged = new java.util.HashMap<>();
        jdbc.query("select sheet, rows_loaded from load_sheet_count where load_id = :load", params, rs -> {
            staged.put(rs.getString(1), rs.getLong(2));
        });
        inserts.forEach((sheet, sql) -> {
            long loaded = jdbc.update(sql, params);
            if (loaded != staged.getOrDefault(sheet.name(), 0L)) {
                throw new IllegalStateException("sheet " + sheet.name() + ": " + staged.get(sheet.name()) + " rows staged but " + loaded
                        + " published; the load is stopped rather than lose a row");
            }
        });
    }

    /** A refused or abandoned load, never current: every row it wrote goes, its record, counts and rejects stay. */
    public static void discard(NamedParameterJdbcTemplate jdbc, WorkbookLayout layout, long loadId) {
        for (SheetLayout sheet : layout.rowSheets()) {
            LoadTables target = LoadTables.of(sheet);
            if (target.direct()) {
                jdbc.update("delete from " + target.table() + " where load_id = :load", Map.of("load", loadId));
            }
        }
        clear(jdbc, layout, loadId);
    }
}
