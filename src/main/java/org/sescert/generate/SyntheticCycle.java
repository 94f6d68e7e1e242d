package org.sescert.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sescert.importing.SheetLayout;

/**
 * A cycle as the workbook would hold it: the Cycle sheet's key/value pairs and, per row
 * sheet, rows of text in the sheet's column order (null = empty cell). Every writer (XLSX,
 * CSV, SQL) writes rows of this form, so the three stay the same cycle. This one keeps them in
 * memory, for the sample's defects and tests; large cycles stream straight to a file writer.
 */
public final class SyntheticCycle implements CycleSink {

    private final Map<String, String> cycle = new LinkedHashMap<>();
    private final Map<SheetLayout, List<List<String>>> rows = new LinkedHashMap<>();

    public Map<String, String> cycleValues() {
        return cycle;
    }

    @Override
    public void cycle(Map<String, String> values) {
        cycle.putAll(values);
    }

    @Override
    public void row(SheetLayout sheet, List<String> values) {
        rows(sheet).add(new ArrayList<>(values));
    }

    @Override
    public void close() {
        // nothing to finish: the rows stay here
    }

    /** Replays the cycle into another sink (a file writer), sheet by sheet; the sink is closed. */
    public void writeTo(CycleSink sink) throws java.io.IOException {
        try (sink) {
            sink.cycle(cycle);
            for (SheetLayout sheet : org.sescert.importing.CycleLayout.ROW_SHEETS) {
                for (List<String> row : rows.getOrDefault(sheet, List.of())) {
                    sink.row(sheet, row);
                }
            }
        }
    }

    public List<List<String>> rows(SheetLayout sheet) {
        return rows.computeIfAbsent(sheet, s -> new ArrayList<>());
    }

    /** Adds a row given as column name to value; columns not named stay empty. */
    public void add(SheetLayout sheet, Map<String, String> values) {
        rows(sheet).add(CycleGenerator.values(sheet, values));
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
