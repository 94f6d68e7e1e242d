package org.sescert.importing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.sescert.importing.ColumnLayout;
import org.sescert.importing.CycleLayout;
import org.sescert.importing.SheetLayout;

/**
 * Where an import writes each sheet's checked rows. The cycle's four large sheets go straight
 * into the load's own rows (load_executive, ...; sql/V13): one write per row, and the load stays
 * invisible until the cycle names it. Every other sheet (the small cycle sheets, the goals
 * workbook) goes to its staging table and is published from there.
 */
public record LoadTables(SheetLayout sheet, String table, boolean direct, List<String> columns) {

    /** A sheet column whose name differs in its load table. */
    private static final Map<SheetLayout, Map<String, String>> RENAMED = Map.of(CycleLayout.HISTORY, Map.of("cycle_id", "history_cycle_id"));
    private static final Map<SheetLayout, String> DIRECT = Map.of(
            CycleLayout.EXECUTIVES, "load_executive",
            CycleLayout.ELEMENTS, "load_element_rating",
            CycleLayout.PAY, "load_pay",
            CycleLayout.HISTORY, "load_rating_history");

    public static LoadTables of(SheetLayout sheet) {
        String table = DIRECT.get(sheet);
        List<String> columns = new ArrayList<>();
        for (ColumnLayout column : sheet.columns()) {
            columns.add(table == null ? column.name() : RENAMED.getOrDefault(sheet, Map.of()).getOrDefault(column.name(), column.name()));
        }
        return new LoadTables(sheet, table == null ? sheet.stageTable() : table, table != null, columns);
    }

    /** The table's name for a column of the sheet. */
    public String column(String sheetColumn) {
        return columns.get(sheet.indexOf(sheetColumn));
    }

    /** The sheets of a workbook loaded straight into their load tables. */
    public static boolean anyDirect(List<SheetLayout> sheets) {
        return sheets.stream().anyMatch(DIRECT::containsKey);
    }
}
