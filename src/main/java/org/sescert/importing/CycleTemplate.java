package org.sescert.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.sescert.output.XlsxBook;
import org.sescert.output.XlsxBook.Column;
import org.sescert.policy.PolicyCatalog;

/**
 * Writes the blank workbooks: an Instructions sheet, for the cycle workbook the Cycle sheet with
 * its keys, and every row sheet with its header, date formats and drop-down lists for the coded
 * columns. They are written from {@link CycleLayout} and {@link GoalsLayout}, the same
 * descriptions the importer reads by.
 */
public final class CycleTemplate {

    /** Policy packs a cycle can name; the drop-down on the Cycle sheet offers these. */
    public static final List<String> POLICIES = PolicyCatalog.SHIPPED;
    private static final int ROWS_WITH_LISTS = 5000;

    private CycleTemplate() {
    }

    /** The cycle workbook. */
    public static void write(Path file) throws IOException {
        try (XlsxBook book = XlsxBook.sourceData()) {
            instructions(book.sheet("Instructions"), CycleLayout.WORKBOOK, List.of(
                    "SES appraisal cycle workbook for sescert",
                    "Fill one workbook per agency per cycle. Sheet and column names may differ in case, spaces and underscores; columns may come in any order.",
                    "Dates: real Excel dates or YYYY-MM-DD text. Levels: whole numbers 1-5. Y/N columns: Y, N, Yes, No, TRUE, FALSE.",
                    "Required columns are marked 'yes' below. A row with a bad cell is rejected (not loaded) and listed in rejects.xlsx with its row, column and reason.",
                    "Import with:  sescert import THIS-FILE.xlsx"));
            cycle(book.table(CycleLayout.CYCLE_SHEET, List.of(Column.text("key", 24), Column.text("value", 30))));
            for (SheetLayout layout : CycleLayout.ROW_SHEETS) {
                rowSheet(book, layout);
            }
            book.write(file);
        }
    }

    /** The PIO's goals workbook. */
    public static void writeGoals(Path file) throws IOException {
        try (XlsxBook book = XlsxBook.sourceData()) {
            instructions(book.sheet("Instructions"), GoalsLayout.WORKBOOK, List.of(
                    "Priority goals workbook for sescert (the PIO's quarterly review, 31 U.S.C. 1121(b))",
                    "One row per goal, per indicator, per reported quarter of an indicator, per milestone, contributor and strategy.",
                    "Quarters are federal fiscal quarters written FY2026Q4 (Q1 is October-December). Numbers are plain numbers; Y/N columns: Y or N.",
                    "Required columns are marked 'yes' below. A row with a bad cell is rejected (not loaded) and listed in rejects.xlsx with its row, column and reason.",
                    "Import with:  sescert goals import THIS-FILE.xlsx     Review with:  sescert report goals --quarter FY2026Q4"));
            for (SheetLayout layout : GoalsLayout.ROW_SHEETS) {
                rowSheet(book, layout);
            }
            book.write(file);
        }
    }

    private static void instructions(XlsxBook.Sheet sheet, WorkbookLayout workbook, List<String> intro) {
        sheet.row(intro.get(0)).boldRow();
        intro.subList(1, intro.size()).forEach(sheet::row);
        sheet.row().row("sheet", "column", "required", "what it holds").boldRow();
        if (workbook == CycleLayout.WORKBOOK) {
            for (ColumnLayout key : CycleLayout.CYCLE_KEYS) {
                describe(sheet, CycleLayout.CYCLE_SHEET + " (key)", key);
            }
        }
        for (SheetLayout layout : workbook.rowSheets()) {
            for (ColumnLayout column : layout.columns()) {
                describe(sheet, layout.name() + (layout.required() ? "" : " (optional sheet)"), column);
            }
        }
        sheet.width(0, 26).width(1, 22).width(2, 10).width(3, 100);
    }

    private static void describe(XlsxBook.Sheet sheet, String sheetName, ColumnLayout column) {
        sheet.row(sheetName, column.name(), column.required() ? "yes" : "", column.help());
    }

    private static void cycle(XlsxBook.Sheet sheet) {
        for (ColumnLayout key : CycleLayout.CYCLE_KEYS) {
            if (key.name().equals("policy")) {
                sheet.dropDown(1, sheet.rowsWritten(), sheet.rowsWritten(), POLICIES);
            }
            sheet.row(key.name());
        }
    }

    private static void rowSheet(XlsxBook book, SheetLayout layout) {
        XlsxBook.Sheet sheet = book.table(layout.name(),
                layout.columns().stream().map(c -> Column.text(c.name(), Math.max(14, c.name().length() + 4))).toList());
        for (int i = 0; i < layout.columns().size(); i++) {
            ColumnLayout column = layout.columns().get(i);
            switch (column.type()) {
                case CODE -> sheet.dropDown(i, 1, ROWS_WITH_LISTS, column.codes());
                case YES_NO -> sheet.dropDown(i, 1, ROWS_WITH_LISTS, List.of("Y", "N"));
                case LEVEL -> sheet.dropDown(i, 1, ROWS_WITH_LISTS, List.of("1", "2", "3", "4", "5"));
                case DATE -> sheet.dateColumn(i);
                default -> {
                }
            }
        }
    }
}
