package org.sescert.output;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An XLSX workbook written row by row with POI's streaming writer, so that memory stays flat
 * however many rows there are. Tables get a bold, frozen header row and filters; numbers and
 * dates are real cells with formats. An export keeps text from ever starting a formula
 * ({@link SpreadsheetText}). The same rows always give the same bytes: the workbook carries no
 * creation time.
 */
public final class XlsxBook implements Closeable {

    /** How a column's numbers or dates are shown. Percentages are fractions: 0.0525 shows as 5.25%. */
    public enum Format { TEXT, INTEGER, DECIMAL, MONEY, PERCENT, DATE }

    /** A table column: its header, width in characters, and format. */
    public record Column(String name, int width, Format format) {
        public static Column text(String name, int width) {
            return new Column(name, width, Format.TEXT);
        }
    }

    private static final int ROWS_IN_MEMORY = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final boolean neutralise;
    /** Asked once: POI asks the workbook's XML for it on every date cell, most of a million-row sheet's time. */
    private final boolean date1904 = workbook.getXSSFWorkbook().isDate1904();
    private final CellStyle bold;
    private final CellStyle quotePrefix;
    private final Map<Format, CellStyle> formats = new EnumMap<>(Format.class);
    private final List<Sheet> tables = new java.util.ArrayList<>();

    private XlsxBook(boolean neutralise) {
        this.neutralise = neutralise;
        workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.empty());
        workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreator("sescert");
        bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        quotePrefix = workbook.createCellStyle();
        quotePrefix.setQuotePrefixed(true);
        formats.put(Format.INTEGER, format("0"));
        formats.put(Format.DECIMAL, format("0.00"));
        formats.put(Format.MONEY, format("#,##0.00"));
        formats.put(Format.PERCENT, format("0.00%"));
        formats.put(Format.DATE, format("yyyy-mm-dd"));
    }

    /** A workbook the program hands to people: text never starts a formula. */
    public static XlsxBook export() {
        return new XlsxBook(true);
    }

    /** Source data in the input template's form (sample cycles, fixtures): text is written exactly as given. */
    public static XlsxBook sourceData() {
        return new XlsxBook(false);
    }

    private CellStyle format(String pattern) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
        return style;
    }

    /** A table: header row in bold, frozen, with filters over the rows written. */
    public Sheet table(String name, List<Column> columns) {
        Sheet sheet = new Sheet(workbook.createSheet(name), columns);
        tables.add(sheet);
        Row header = sheet.sheet.createRow(sheet.next++);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(columns.get(i).name());
            cell.setCellStyle(bold);
            sheet.sheet.setColumnWidth(i, Math.min(255, columns.get(i).width()) * 256);
        }
        sheet.sheet.createFreezePane(0, 1);
        return sheet;
    }

    /** A sheet of free rows (a form, a summary) whose cells take the columns' formats and widths; no header row, no filters. */
    public Sheet sheet(String name, List<Column> columns) {
        Sheet sheet = new Sheet(workbook.createSheet(name), columns);
        for (int i = 0; i < columns.size(); i++) {
            sheet.sheet.setColumnWidth(i, Math.min(255, columns.get(i).width()) * 256);
        }
        return sheet;
    }

    /** A sheet of free text and values, such as instructions; no header row. */
    public Sheet sheet(String name) {
        return new Sheet(workbook.createSheet(name), null);
    }

    public void write(Path file) throws IOException {
        for (Sheet table : tables) {
            // Filters are sheet-level settings, not rows: they can be set once all rows are streamed.
            table.sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, table.next - 1), 0, table.columns.size() - 1));
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    /** One sheet of the workbook, written top to bottom. */
    public final class Sheet {
        private final SXSSFSheet sheet;
        private final List<Column> columns;
        private int next;

        private CellStyle[] columnStyles = new CellStyle[0];

        private Sheet(SXSSFSheet sheet, List<Column> columns) {
            this.sheet = sheet;
            this.columns = columns;
        }

        /** Appends a row: null is an empty cell; numbers and dates are typed cells; anything else is text. */
        public Sheet row(List<?> values) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                if (value != null) {
                    Cell cell = row.createCell(i);
                    if (!set(cell, value, columns == null || i >= columns.size() ? null : columns.get(i).format())) {
                        cell.setCellStyle(columnStyle(i));
                    }
                }
            }
            return this;
        }

        /**
         * The style a cell of the column has when given none, looked up once per column: POI looks
         * it up in the sheet's XML for every unstyled cell as it writes the row, a third of the time
         * of a million-row sheet. Set on the cell, it gives the same file.
         */
        private CellStyle columnStyle(int column) {
            if (column >= columnStyles.length) {
                columnStyles = java.util.Arrays.copyOf(columnStyles, column + 1);
            }
            if (columnStyles[column] == null) {
                columnStyles[column] = sheet.getColumnStyle(column);
            }
            return columnStyles[column];
        }

        public Sheet row(Object... values) {
            return row(java.util.Arrays.asList(values));
        }

        /** Makes the cells of a row just written bold (a title or a sub-header). */
        public Sheet boldRow() {
            Row row = sheet.getRow(next - 1);
            row.forEach(c -> c.setCellStyle(bold));
            return this;
        }

        public Sheet width(int column, int characters) {
            sheet.setColumnWidth(column, Math.min(255, characters) * 256);
            return this;
        }

        /** A drop-down list of allowed values for rows {@code firstRow..lastRow} (0-based) of a column. */
        public Sheet dropDown(int column, int firstRow, int lastRow, List<String> values) {
            DataValidationHelper helper = sheet.getDataValidationHelper();
            DataValidationConstraint constraint = helper.createExplicitListConstraint(values.toArray(String[]::new));
            DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(firstRow, lastRow, column, column));
            validation.setShowErrorBox(true);
            validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
            validation.createErrorBox("Not a listed value", "Pick one of: " + String.join(", ", values));
            sheet.addValidationData(validation);
            return this;
        }

        /** Cells a person types into this column later show as dates. */
        public Sheet dateColumn(int column) {
            sheet.setDefaultColumnStyle(column, formats.get(Format.DATE));
            columnStyles = new CellStyle[0];
            return this;
        }

        public int rowsWritten() {
            return next;
        }

        /** @return whether the cell was given a style of its own */
        private boolean set(Cell cell, Object value, Format format) {
            if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
                if (format != null && format != Format.TEXT && format != Format.DATE) {
                    cell.setCellStyle(formats.get(format));
                    return true;
                }
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(DateUtil.getExcelDate(date, date1904));
                cell.setCellStyle(formats.get(Format.DATE));
                return true;
            } else if (value instanceof Boolean b) {
                cell.setCellValue(b);
            } else {
                String text = SpreadsheetText.xmlSafe(value.toString());
                cell.setCellValue(text);
                if (neutralise && SpreadsheetText.startsLikeFormula(text)) {
                    cell.setCellStyle(quotePrefix);
                    return true;
                }
            }
            return false;
        }
    }
}
