package org.sescert.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.sescert.output.XlsxBook;
import org.sescert.output.XlsxBook.Column;
import org.sescert.policy.PolicyCatalog;

/**
 * Writes the blank cycle workbook: an Instructions sheet, the Cycle sheet with its keys, and
 * every row sheet with its header, date formats and drop-down lists for the coded columns.
 * It is written from {@link CycleLayout}, the same description the importer reads by.
 */
public final class CycleTemplate {

    /** Policy packs a cycle can name; the drop-down on the Cycle sheet offers these. */
    public static final List<String> POLICIES = PolicyCatalog.SHIPPED;
    private static final int ROWS_WITH_LISTS = 5000;

    private CycleTemplate() {
    }

    public static void write(Path file) throws IOException {
        try (XlsxBook book = XlsxBook.sourceData()) {
            instructions(book.sheet("Instructions"));
            cycle(book.table(CycleLayout.CYCLE_SHEET, List.of(Column.text("key", 24), Column.text("value", 30))));
            for (SheetLayout layout : CycleLayout.ROW_SHEETS) {
                rowSheet(book, layout);
            }
            book.write(file);
        }
    }

    private static void instructions(XlsxBook.Sheet sheet) {
        sheet.row("SES appraisal cycle workbook for sescert").boldRow()
                .row("Fill one workbook per agency per cycle. Sheet and column names may differ in case, spaces and underscores; columns may come in any order.")
                .row("Dates: real Excel dates or YYYY-MM-DD text. Levels: whole numbers 1-5. Y/N columns: Y, N, Yes, No, TRUE, FALSE.")
                .row("Required columns are marked 'yes' below. A row with a bad cell is rejected (not loaded) and listed in rejects.xlsx with its row, column and reason.")
                .row("Import with:  sescert import THIS-FILE.xlsx")
                .row()
                .row("sheet", "column", "required", "what it holds").boldRow();
        for (ColumnLayout key : CycleLayout.CYCLE_KEYS) {
            describe(sheet, CycleLayout.CYCLE_SHEET + " (key)", key);
        }
        for (SheetLayout layout : CycleLayout.ROW_SHEETS) {
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
