package org.sescert.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sescert.importing.ColumnLayout;
import org.sescert.importing.SheetLayout;

/**
 * A cycle as the workbook would hold it: the Cycle sheet's key/value pairs and, per row
 * sheet, rows of text in the sheet's column order (null = empty cell). Every writer (XLSX,
 * CSV, SQL) writes from this one form, so the three stay the same cycle.
 */
public final class SyntheticCycle {

    private final Map<String, String> cycle = new LinkedHashMap<>();
    private final Map<SheetLayout, List<List<String>>> rows = new LinkedHashMap<>();

    public Map<String, String> cycleValues() {
        return cycle;
    }

    public List<List<String>> rows(SheetLayout sheet) {
        return rows.computeIfAbsent(sheet, s -> new ArrayList<>());
    }

    /** Adds a row given as column name to value; columns not named stay empty. */
    public void add(SheetLayout sheet, Map<String, String> values) {
        List<String> row = new ArrayList<>();
        for (ColumnLayout column : sheet.columns()) {
            row.add(values.get(column.name()));
        }
        for (String name : values.keySet()) {
            if (sheet.column(name).isEmpty()) {
                throw new IllegalArgumentException(sheet.name() + " has no column " + name);
            }
        }
        rows(sheet).add(row);
    }

    /** Sets one cell of the first row of a sheet whose first column has the given key. */
    public void set(SheetLayout sheet, String key, String column, String value) {
        List<String> row = find(sheet, key);
        row.set(sheet.indexOf(column), value);
    }

    public List<String> find(SheetLayout sheet, String key) {
        return rows(sheet).stream().filter(r -> key.equals(r.get(0))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(sheet.name() + " has no row " + key));
    }
}
