package org.sescert.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the blank cycle workbook: an Instructions sheet, the Cycle sheet with its keys, and
 * every row sheet with its header, date formats and drop-down lists for the coded columns.
 * It is written from {@link CycleLayout}, the same description the importer reads by.
 */
public final class CycleTemplate {

    /** Policy packs a cycle can name; the drop-down on the Cycle sheet offers these. */
    public static final List<String> POLICIES = org.sescert.policy.PolicyCatalog.SHIPPED;
    private static final int ROWS_WITH_LISTS = 5000;

    private CycleTemplate() {
    }

    public static void write(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));

            instructions(workbook.createSheet("Instructions"), bold);
            cycle(workbook.createSheet(CycleLayout.CYCLE_SHEET), bold);
            for (SheetLayout layout : CycleLayout.ROW_SHEETS) {
                rowSheet(workbook.createSheet(layout.name()), layout, bold, date);
            }
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    private static void instructions(Sheet sheet, CellStyle bold) {
        String[] intro = {
                "SES appraisal cycle workbook for sescert",
                "Fill one workbook per agency per cycle. Sheet and column names may differ in case, spaces and underscores; columns may come in any order.",
                "Dates: real Excel dates or YYYY-MM-DD text. Levels: whole numbers 1-5. Y/N columns: Y, N, Yes, No, TRUE, FALSE.",
                "Required columns are marked 'yes' below. A row with a bad cell is rejected (not loaded) and listed in rejects.xlsx with its row, column and reason.",
                "Import with:  sescert import THIS-FILE.xlsx",
                ""};
        int r = 0;
        for (String line : intro) {
            sheet.createRow(r++).createCell(0).setCellValue(line);
        }
        sheet.getRow(0).getCell(0).setCellStyle(bold);
        Row header = sheet.createRow(r++);
        String[] columns = {"sheet", "column", "required", "what it holds"};
        for (int i = 0; i < columns.length; i++) {
            header.createCell(i).setCellValue(columns[i]);
            header.getCell(i).setCellStyle(bold);
        }
        for (ColumnLayout key : CycleLayout.CYCLE_KEYS) {
            r = describe(sheet, r, CycleLayout.CYCLE_SHEET + " (key)", key);
        }
        for (SheetLayout layout : CycleLayout.ROW_SHEETS) {
            for (ColumnLayout column : layout.columns()) {
                r = describe(sheet, r, layout.name() + (layout.required() ? "" : " (optional sheet)"), column);
            }
        }
        sheet.setColumnWidth(0, 26 * 256);
        sheet.setColumnWidth(1, 22 * 256);
        sheet.setColumnWidth(2, 10 * 256);
        sheet.setColumnWidth(3, 100 * 256);
    }

    private static int describe(Sheet sheet, int r, String sheetName, ColumnLayout column) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(sheetName);
        row.createCell(1).setCellValue(column.name());
        row.createCell(2).setCellValue(column.required() ? "yes" : "");
        row.createCell(3).setCellValue(column.help());
        return r + 1;
    }

    private static void cycle(Sheet sheet, CellStyle bold) {
        Row header = sheet.createRow(0);
        header.createCell(0).setCellValue("key");
        header.createCell(1).setCellValue("value");
        header.getCell(0).setCellStyle(bold);
        header.getCell(1).setCellStyle(bold);
        int r = 1;
        for (ColumnLayout key : CycleLayout.CYCLE_KEYS) {
            sheet.createRow(r).createCell(0).setCellValue(key.name());
            if (key.name().equals("policy")) {
                list(sheet, r, r, 1, POLICIES);
            }
            r++;
        }
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 30 * 256);
    }

    private static void rowSheet(Sheet sheet, SheetLayout layout, CellStyle bold, CellStyle date) {
        Row header = sheet.createRow(0);
        for (int i = 0; i < layout.columns().size(); i++) {
            ColumnLayout column = layout.columns().get(i);
            header.createCell(i).setCellValue(column.name());
            header.getCell(i).setCellStyle(bold);
            sheet.setColumnWidth(i, Math.max(14, column.name().length() + 4) * 256);
            switch (column.type()) {
                case CODE -> list(sheet, 1, ROWS_WITH_LISTS, i, column.codes());
                case YES_NO -> list(sheet, 1, ROWS_WITH_LISTS, i, List.of("Y", "N"));
                case LEVEL -> list(sheet, 1, ROWS_WITH_LISTS, i, List.of("1", "2", "3", "4", "5"));
                case DATE -> sheet.setDefaultColumnStyle(i, date);
                default -> {
                }
            }
        }
        sheet.createFreezePane(0, 1);
    }

    private static void list(Sheet sheet, int firstRow, int lastRow, int column, List<String> values) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint = helper.createExplicitListConstraint(values.toArray(String[]::new));
        DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(firstRow, lastRow, column, column));
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox("Not a listed value", "Pick one of: " + String.join(", ", values));
        sheet.addValidationData(validation);
    }
}
