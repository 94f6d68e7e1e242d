package org.sescert.output;

/**
 * Text bound for a CSV or XLSX export, made safe against formula injection (OWASP, "CSV
 * Injection"). A cell that begins with {@code = + - @}, a tab, a carriage return, a line feed
 * or NUL could run as a formula when a spreadsheet program opens or re-saves the file.
 * <ul>
 *   <li>CSV has no cell types, so such text gets a leading apostrophe: quoting alone is not
 *       enough, since a spreadsheet program strips the quotes before it reads the cell.</li>
 *   <li>XLSX cells are typed: text is written as a string cell with Excel's quote-prefix style,
 *       which shows the text as it is ({@code -500}, not {@code '-500}) and keeps it text when
 *       a person edits the cell.</li>
 * </ul>
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /** Whether a spreadsheet program could take this text for a formula. */
    public static boolean startsLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' || first == '\n' || first == '\0';
    }

    /** The text for a CSV cell: with a leading apostrophe where it could start a formula. */
    public static String safe(String text) {
        return startsLikeFormula(text) ? "'" + text : text;
    }

    /**
     * The text for an XLSX cell: characters XML 1.0 cannot hold (NUL and the other C0 controls
     * but tab, line feed and carriage return) become U+FFFD, so that the workbook stays readable.
     */
    static String xmlSafe(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF;
            if (bad && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(bad ? '\uFFFD' : c);
            }
        }
        return out == null ? text : out.toString();
    }
}
