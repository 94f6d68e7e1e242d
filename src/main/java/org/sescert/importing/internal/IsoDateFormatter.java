package org.sescert.importing.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns numeric cells into the text the validator reads: a date-formatted cell becomes
 * ISO {@code YYYY-MM-DD}, any other number its plain value, whatever display format (currency,
 * thousands separators, percent) the workbook gave it. One per sheet being read (not thread-safe):
 * it remembers which formats are dates and the dates it has converted, since a sheet has a few of
 * each and POI's own check parses the format string with regular expressions on every cell.
 */
final class IsoDateFormatter extends DataFormatter {

    /** Distinct dates remembered at most; a sheet of appraisal dates has a few hundred. */
    private static final int DATES_KEPT = 10_000;

    /** The serial of 9999-12-31, Excel's last date; a larger number in a date cell is read as the number it is. */
    private static final double LAST_SERIAL = 2_958_466;

    private final boolean date1904;
    private final Map<String, Boolean> dateFormats = new HashMap<>();
    private final Map<Double, String> dates = new HashMap<>();

    IsoDateFormatter(boolean date1904) {
        this.date1904 = date1904;
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        return formatRawCellContents(value, formatIndex, formatString, date1904);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        if (value < LAST_SERIAL && isDateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            boolean windowing = use1904Windowing || date1904;
            if (windowing != date1904) {
                return DateUtil.getLocalDateTime(value, true).toLocalDate().toString();
            }
            if (dates.size() >= DATES_KEPT) {
                dates.clear();
            }
            return dates.computeIfAbsent(value, v -> DateUtil.getLocalDateTime(v, windowing).toLocalDate().toString());
        }
        // Whole numbers (levels, weights, most pay) print as their digits; BigDecimal gives the same text, slower.
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private boolean isDateFormat(int formatIndex, String formatString) {
        return dateFormats.computeIfAbsent(formatIndex + "\u0000" + formatString, k -> DateUtil.isADateFormat(formatIndex, formatString));
    }
}
