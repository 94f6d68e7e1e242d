package org.sescert.importing;

import java.util.List;

/**
 * One column of a workbook sheet.
 *
 * @param name     the canonical name (snake_case, as in the template)
 * @param required whether a row needs a value here
 * @param type     how the cell is read and checked
 * @param codes    for {@link ColumnType#CODE}: the allowed codes
 * @param parser   for {@link ColumnType#PARSED}: how the cell is read; null otherwise
 * @param help     one line for the template's Instructions sheet
 */
public record ColumnLayout(String name, boolean required, ColumnType type, List<String> codes, CellParser parser, String help) {

    public ColumnLayout {
        codes = List.copyOf(codes);
        if ((type == ColumnType.PARSED) != (parser != null)) {
            throw new IllegalArgumentException(name + ": a PARSED column, and only such a column, has a parser");
        }
    }

    public static ColumnLayout required(String name, ColumnType type, String help) {
        return new ColumnLayout(name, true, type, List.of(), null, help);
    }

    public static ColumnLayout optional(String name, ColumnType type, String help) {
        return new ColumnLayout(name, false, type, List.of(), null, help);
    }

    public static ColumnLayout code(String name, boolean required, List<String> codes, String help) {
        return new ColumnLayout(name, required, ColumnType.CODE, codes, null, help);
    }

    public static ColumnLayout parsed(String name, boolean required, CellParser parser, String help) {
        return new ColumnLayout(name, required, ColumnType.PARSED, List.of(), parser, help);
    }
}
