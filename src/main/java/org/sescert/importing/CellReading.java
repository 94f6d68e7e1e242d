package org.sescert.importing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

/**
 * Reads one raw cell value as its column's type: either the canonical text that staging
 * stores (ISO dates, plain numbers, true/false) or the problem that makes the row a reject.
 * Pure functions; no I/O.
 */
public record CellReading(String value, RowProblem problem) {

    /** Longer cells are refused rather than stored: no real field needs more. */
    public static final int MAX_TEXT_LENGTH = 1000;
    /** How POI and office suites show a cell whose formula failed. */
    private static final java.util.regex.Pattern SPREADSHEET_ERROR =
            java.util.regex.Pattern.compile("(ERROR:)?#(N/A|REF!|VALUE!|DIV/0!|NAME\\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)");
    /** Dates a cycle can plausibly hold; also keeps out years PostgreSQL cannot store (year 0). */
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2199;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");
    private static final BigDecimal MAX_NUMBER = new BigDecimal("1000000000000000");
    // T and F are how PostgreSQL hands a boolean over as text.
    private static final Set<String> YES = Set.of("Y", "YES", "TRUE", "T");
    private static final Set<String> NO = Set.of("N", "NO", "FALSE", "F");
    /** Spaces and hyphens in a code as typed ("Limited term", "LIMITED-TERM"): one underscore. */
    private static final java.util.regex.Pattern CODE_SEPARATORS = java.util.regex.Pattern.compile("[\\s\\-]+");

    public boolean ok() {
        return problem == null;
    }

    static CellReading of(String value) {
        return new CellReading(value, null);
    }

    static CellReading bad(ColumnLayout column, String raw, String code, String message) {
        return new CellReading(null, new RowProblem(column.name(), raw, code, message));
    }

    /**
     * A cell longer than any value may be: the reader keeps only its start, and the row is rejected.
     *
     * @param length the cell's length in characters as the source holds it
     */
    public static RowProblem tooLong(String column, String start, long length) {
        return new RowProblem(column, start.substring(0, Math.min(40, start.length())) + "...", "VALUE_TOO_LONG",
                column + " holds " + length + " characters; at most " + MAX_TEXT_LENGTH + " are accepted.");
    }

    /** A formula cell saved without its result (as a program that does not calculate writes it): nothing to read. */
    public static RowProblem formulaWithoutResult(String column, String cell) {
        return new RowProblem(column, "formula in " + cell, "FORMULA_WITHOUT_RESULT", column + " (cell " + cell
                + ") holds a formula with no saved result; open the workbook in Excel, which calculates it, and save it, or type the value.");
    }

    public static CellReading read(ColumnLayout column, String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            return column.required()
                    ? bad(column, raw, "MISSING_VALUE", column.name() + " is required but the cell is empty.")
                    : of(null);
        }
        if (text.indexOf('#') >= 0 && SPREADSHEET_ERROR.matcher(text).matches()) {
            return bad(column, text, "CELL_ERROR", column.name() + " holds the spreadsheet error " + text.replace("ERROR:", "")
                    + "; fix the formula or type the value.");
        }
        if (text.indexOf('\u0000') >= 0) {
            return bad(column, text.replace("\u0000", "\\0"), "BAD_CHARACTER", column.name() + " holds a NUL character, which cannot be stored.");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            return new CellReading(null, tooLong(column.name(), text, text.length()));
        }
        return switch (column.type()) {
            case TEXT -> of(text);
            case CODE -> code(column, text);
            case DATE -> date(column, text);
            case LEVEL -> wholeNumber(column, text, 1, 5, "LEVEL_OUT_OF_RANGE");
            case WEIGHT -> wholeNumber(column, text, 0, 100, "BAD_WEIGHT");
            case YES_NO -> yesNo(column, text);
            case MONEY -> money(column, text);
            case SCORE -> score(column, text);
            case NUMBER -> number(column, text);
            case PARSED -> parsed(column, text);
        };
    }

    private static CellReading code(ColumnLayout column, String text) {
        String code = CODE_SEPARATORS.matcher(text.toUpperCase(Locale.ROOT)).replaceAll("_");
        if (column.codes().contains(code)) {
            return of(code);
        }
        return bad(column, text, "UNKNOWN_CODE",
                column.name() + " must be one of " + String.join(", ", column.codes()) + "; found '" + text + "'.");
    }

    private static CellReading date(ColumnLayout column, String text) {
        // Nearly every date arrives as canonical YYYY-MM-DD (CSV, database, and the reader's own
        // rendering of Excel dates): checked by hand, it is its own canonical text. A million-row
        // cycle has seven million of them, and the general parser below costs several times more.
        if (isIsoDigits(text)) {
            int year = digits(text, 0, 4);
            try {
                LocalDate.of(year, digits(text, 5, 7), digits(text, 8, 10));
            } catch (java.time.DateTimeException e) {
                return notADate(column, text);
            }
            return year < FIRST_YEAR || year > LAST_YEAR ? outOfRange(column, text) : of(text);
        }
        // Database sources may hand over a timestamp; its date part is the date.
        String datePart = text.length() > 10 && (text.charAt(10) == 'T' || text.charAt(10) == ' ') ? text.substring(0, 10) : text;
        try {
            LocalDate date = LocalDate.parse(datePart);
            if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
                return outOfRange(column, text);
            }
            return of(date.toString());
        } catch (DateTimeParseException e) {
            return notADate(column, text);
        }
    }

    private static CellReading notADate(ColumnLayout column, String text) {
        return bad(column, text, "BAD_DATE", column.name() + " must be a date (an Excel date or YYYY-MM-DD text); found '" + text + "'.");
    }

    private static CellReading outOfRange(ColumnLayout column, String text) {
        return bad(column, text, "BAD_DATE", column.name() + " must be a date between " + FIRST_YEAR + " and " + LAST_YEAR + "; found '" + text + "'.");
    }

    private static boolean isIsoDigits(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = text.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /** The ASCII digits of text[from, to) as a number; the caller has checked they are digits. */
    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (text.charAt(i) - '0');
        }
        return n;
    }

    private static CellReading wholeNumber(ColumnLayout column, String text, int min, int max, String code) {
        // One to three plain digits, as nearly every level and weight is: no decimal parsing needed.
        if (text.length() <= 3 && isDigits(text)) {
            int n = digits(text, 0, text.length());
            return n >= min && n <= max ? of(String.valueOf(n))
                    : bad(column, text, code, column.name() + " must be a whole number from " + min + " to " + max + "; found '" + text + "'.");
        }
        String sentence = column.name() + " must be a whole number from " + min + " to " + max + "; found '" + text + "'.";
        BigDecimal number = decimal(text);
        if (number == null || number.stripTrailingZeros().scale() > 0) {
            return bad(column, text, code, sentence);
        }
        if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            return bad(column, text, code, sentence);
        }
        return of(number.toBigIntegerExact().toString());
    }

    private static boolean isDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return !text.isEmpty();
    }

    private static CellReading yesNo(ColumnLayout column, String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        if (YES.contains(upper)) {
            return of("true");
        }
        if (NO.contains(upper)) {
            return of("false");
        }
        return bad(column, text, "BAD_YES_NO", column.name() + " must be Y or N (Yes, No, TRUE, FALSE); found '" + text + "'.");
    }

    private static CellReading money(ColumnLayout column, String text) {
        BigDecimal amount = decimal(text.replace("$", "").replace(",", ""));
        if (amount == null || amount.abs().compareTo(MAX_AMOUNT) >= 0) {
            return bad(column, text, "BAD_AMOUNT", column.name() + " must be an amount in US dollars; found '" + text + "'.");
        }
        if (amount.signum() < 0) {
            return bad(column, text, "NEGATIVE_AMOUNT", column.name() + " cannot be negative; found '" + text + "'.");
        }
        return of(amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString());
    }

    private static CellReading score(ColumnLayout column, String text) {
        BigDecimal score = decimal(text);
        if (score == null || score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0) {
            return bad(column, text, "SCORE_OUT_OF_RANGE", column.name() + " must be a number from 0 to 100; found '" + text + "'.");
        }
        return of(score.setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString());
    }

    private static CellReading number(ColumnLayout column, String text) {
        BigDecimal number = decimal(text.replace(",", ""));
        if (number == null || number.abs().compareTo(MAX_NUMBER) >= 0) {
            return bad(column, text, "BAD_NUMBER", column.name() + " must be a number; found '" + text + "'.");
        }
        return of(number.stripTrailingZeros().toPlainString());
    }

    private static CellReading parsed(ColumnLayout column, String text) {
        try {
            return of(column.parser().read().apply(text));
        } catch (IllegalArgumentException e) {
            return bad(column, text, column.parser().code(), column.name() + ": " + e.getMessage());
        }
    }

    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
