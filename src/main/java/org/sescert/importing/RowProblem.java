package org.sescert.importing;

/**
 * What is wrong with one cell (or one row, when {@code column} is null): the reject an HR
 * analyst reads and fixes.
 *
 * @param column  the canonical column name, or null for the row as a whole
 * @param value   the raw value as read
 * @param code    a stable code, e.g. {@code LEVEL_OUT_OF_RANGE}
 * @param message a sentence a person can act on
 */
public record RowProblem(String column, String value, String code, String message) {
}
