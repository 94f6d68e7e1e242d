package org.sescert.generate;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.sescert.importing.ColumnLayout;
import org.sescert.importing.ColumnType;
import org.sescert.importing.CycleLayout;
import org.sescert.importing.SheetLayout;
import org.sescert.output.CsvTable;
import org.sescert.output.XlsxBook;
import org.sescert.output.XlsxBook.Column;

/**
 * Writes a {@link SyntheticCycle} as a workbook (real date and number cells, as a person's
 * spreadsheet has them), as CSV files named after the sheets, or as a SQL script that fills a
 * source schema for {@code sescert import --from-db}. These are inputs, as a user would give
 * them: text, defects included, is written exactly as it is.
 */
public final class CycleFiles {

    private CycleFiles() {
    }

    public static void writeXlsx(SyntheticCycle cycle, Path file) throws IOException {
        try (XlsxBook book = XlsxBook.sourceData()) {
            XlsxBook.Sheet cycleSheet = book.table(CycleLayout.CYCLE_SHEET, List.of(Column.text("key", 24), Column.text("value", 30)));
            for (Map.Entry<String, String> e : cycle.cycleValues().entrySet()) {
                cycleSheet.row(e.getKey(), typed(CycleLayout.cycleKey(e.getKey()).orElseThrow().type(), e.getValue()));
            }
            for (SheetLayout layout : CycleLayout.ROW_SHEETS) {
                XlsxBook.Sheet sheet = book.table(layout.name(),
                        layout.columns().stream().map(c -> Column.text(c.name(), Math.max(12, c.name().length() + 2))).toList());
                for (List<String> values : cycle.rows(layout)) {
                    List<Object> cells = new ArrayList<>(values.size());
                    for (int i = 0; i < values.size(); i++) {
                        cells.add(typed(layout.columns().get(i).type(), values.get(i)));
                    }
                    sheet.row(cells);
                }
            }
            book.write(file);
        }
    }

    /** A typed cell where the text reads as its type; the text itself where it does not (a defect). */
    private static Object typed(ColumnType type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return switch (type) {
                case DATE -> LocalDate.parse(value);
                case LEVEL, WEIGHT, MONEY, SCORE -> new BigDecimal(value);
                default -> value;
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            return value;
        }
    }

    public static void writeCsv(SyntheticCycle cycle, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (CsvTable csv = CsvTable.sourceData(dir.resolve("cycle.csv"), List.of("key", "value"))) {
            cycle.cycleValues().forEach(csv::row);
        }
        for (SheetLayout layout : CycleLayout.ROW_SHEETS) {
            try (CsvTable csv = CsvTable.sourceData(dir.resolve(layout.csvFileName()), layout.columns().stream().map(ColumnLayout::name).toList())) {
                cycle.rows(layout).forEach(csv::row);
            }
        }
    }

    /**
     * A script that creates {@code schema} with one table per sheet, as an HR system's export
     * schema would: text columns, so that the sample's defects survive the trip.
     */
    public static void writeSql(SyntheticCycle cycle, Path file, String schema) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("-- The sample cycle as a source database for: sescert import --from-db JDBC_URL --source-schema " + schema + "\n");
            out.write("drop schema if exists " + schema + " cascade;\ncreate schema " + schema + ";\n\n");
            out.write("create table " + schema + ".cycle (key text, value text);\n");
            for (Map.Entry<String, String> e : cycle.cycleValues().entrySet()) {
                out.write("insert into " + schema + ".cycle values (" + literal(e.getKey()) + ", " + literal(e.getValue()) + ");\n");
            }
            for (SheetLayout layout : CycleLayout.ROW_SHEETS) {
                String table = schema + "." + layout.csvFileName().replace(".csv", "");
                List<String> columns = layout.columns().stream().map(ColumnLayout::name).toList();
                out.write("\ncreate table " + table + " (" + String.join(", ", columns.stream().map(c -> c + " text").toList()) + ");\n");
                for (List<String> values : cycle.rows(layout)) {
                    List<String> literals = new ArrayList<>();
                    values.forEach(v -> literals.add(literal(v)));
                    out.write("insert into " + table + " values (" + String.join(", ", literals) + ");\n");
                }
            }
        }
    }

    private static String literal(String value) {
        return value == null ? "null" : "'" + value.replace("'", "''") + "'";
    }
}
