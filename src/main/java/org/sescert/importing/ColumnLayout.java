package org.sescert.importing;

import java.util.List;

/**
 * One column of a cycle sheet.
 *
 * @param name     the canonical name (snake_case, as in the spec and the template)
 * @param required whether a row needs a value here
 * @param type     how the cell is read and checked
 * @param codes    for {@link ColumnType#CODE}: the allowed codes
 * @param help     one line for the template's Instructions sheet
 */
public record ColumnLayout(String name, boolean required, ColumnType type, List<String> codes, String help) {

    public ColumnLayout {
        codes = List.copyOf(codes);
    }

    static ColumnLayout required(String name, ColumnType type, String help) {
        return new ColumnLayout(name, true, type, List.of(), help);
    }

    static ColumnLayout optional(String name, ColumnType type, String help) {
        return new ColumnLayout(name, false, type, List.of(), help);
    }

    static ColumnLayout code(String name, boolean required, List<String> codes, String help) {
        return new ColumnLayout(name, required, ColumnType.CODE, codes, help);
    }
}
