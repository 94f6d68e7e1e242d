package org.sescert.importing.internal;

import java.util.Map;

import org.sescert.importing.SheetLayout;
import org.sescert.importing.WorkbookLayout;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Removes a load's staged rows once it is published or given up. */
public final class StagingCleaner {

    private StagingCleaner() {
    }

    public static void clear(NamedParameterJdbcTemplate jdbc, WorkbookLayout layout, long loadId) {
        for (SheetLayout sheet : layout.rowSheets()) {
            jdbc.update("delete from " + sheet.stageTable() + " where load_id = :load", Map.of("load", loadId));
        }
        jdbc.update("delete from stage_rejected_key where load_id = :load", Map.of("load", loadId));
    }
}
