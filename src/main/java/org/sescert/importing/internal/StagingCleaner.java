package org.sescert.importing.internal;

import java.util.List;
import java.util.Map;

import org.sescert.importing.CycleLayout;
import org.sescert.importing.SheetLayout;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Removes a load's staged rows once it is published or given up. */
public final class StagingCleaner {

    private StagingCleaner() {
    }

    public static void clear(NamedParameterJdbcTemplate jdbc, long loadId) {
        List<String> tables = new java.util.ArrayList<>(CycleLayout.ROW_SHEETS.stream().map(SheetLayout::stageTable).toList());
        tables.add("stage_rejected_executives");
        for (String table : tables) {
            jdbc.update("delete from " + table + " where load_id = :load", Map.of("load", loadId));
        }
    }
}
