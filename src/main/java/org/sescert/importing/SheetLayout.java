package org.sescert.importing;

import java.util.List;
import java.util.Optional;

/**
 * One sheet of a workbook: its name, its columns in template order, and the staging table its
 * valid rows go to (whose columns follow the same order).
 *
 * @param keyColumn the column other sheets refer to this sheet's rows by (executive_id, goal_id), or null
 */
public record SheetLayout(String name, boolean required, String stageTable, List<ColumnLayout> columns, String help, String keyColumn) {

    public SheetLayout {
        columns = List.copyOf(columns);
    }

    public SheetLayout(String name, boolean required, String stageTable, List<ColumnLayout> columns, String help) {
        this(name, required, stageTable, columns, help, null);
    }

    /** The name a CSV file of this sheet has, e.g. {@code executives.csv}. */
    public String csvFileName() {
        return name.toLowerCase(java.util.Locale.ROOT) + ".csv";
    }

    public Optional<ColumnLayout> column(String anyName) {
        String key = CycleLayout.normalize(anyName);
        return columns.stream().filter(c -> CycleLayout.normalize(c.name()).equals(key)).findFirst();
    }

    public List<ColumnLayout> requiredColumns() {
        return columns.stream().filter(ColumnLayout::required).toList();
    }

    public int indexOf(String columnName) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(columnName)) {
                return i;
            }
        }
        throw new IllegalArgumentException(name + " has no column " + columnName);
    }
}
