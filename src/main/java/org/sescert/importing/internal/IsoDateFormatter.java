package org.sescert.importing.internal;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns numeric cells into the text the validator reads: a date-formatted cell becomes
 * ISO {@code YYYY-MM-DD}, any other number its plain value, whatever display format (currency,
 * thousands separators, percent) the workbook gave it.
 */
final class IsoDateFormatter extends DataFormatter {

    /** The serial of 9999-12-31, Excel's last date; a larger number in a date cell is read as the number it is. */
    private static final double LAST_SERIAL = 2_958_466;

    private final boolean date1904;

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
        if (value < LAST_SERIAL && DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            return DateUtil.getLocalDateTime(value, use1904Windowing || date1904).toLocalDate().toString();
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
