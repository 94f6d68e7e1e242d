package org.sescert.reporting;

/**
 * Text bound for a CSV or XLSX export. A cell that begins like a formula is prefixed with an
 * apostrophe, so that a value a user typed can never run as a formula when the export is opened.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }
}
