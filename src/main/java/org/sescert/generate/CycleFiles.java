package org.sescert.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * Writes a cycle as a workbook (real date and number cells, as a person's spreadsheet has them),
 * as CSV files named after the sheets, or as a SQL script that fills a source schema for
 * {@code sescert import --from-db}. These are inputs, as a user would give them: text, defects
 * included, is written exactly as it is. Each writer is a {@link CycleSink} that streams: a
 * cycle of any size passes through in the memory of a few buffers.
 */
public final class CycleFiles {

    /** The most rows a worksheet can hold (Excel's limit), the header row included. */
    public static final int MAX_SHEET_ROWS = 1_048_576;

    private CycleFiles() {
    }

    public static void writeXlsx(SyntheticCycle cycle, Path file) throws IOException {
        cycle.writeTo(xlsx(file));
    }

    public static void writeCsv(SyntheticCycle cycle, Path dir) throws IOException {
        cycle.writeTo(csv(dir));
    }

    public static void writeSql(SyntheticCycle cycle, Path file, String schema) throws IOException {
        cycle.writeTo(sql(file, schema));
    }

    /** A workbook written with POI's streaming writer: a window of rows per sheet in memory, the rest in temporary files. */
    public static CycleSink xlsx(Path file) throws IOException {
        XlsxBook book = XlsxBook.sourceData();
        XlsxBook.Sheet cycleSheet = book.table(CycleLayout.CYCLE_SHEET, List.of(Column.text("key", 24), Column.text("value", 30)));
        Map<SheetLayout, XlsxBook.Sheet> sheets = new LinkedHashMap<>();
        for (SheetLayout layout : CycleLayout.ROW_SHEETS) {
            sheets.put(layout, book.table(layout.name(),
                    layout.columns().stream().map(c -> Column.text(c.name(), Math.max(12, c.name().length() + 2))).toList()));
        }
        return new CycleSink() {
            @Override
            public void cycle(Map<String, String> values) {
                for (Map.Entry<String, String> e : values.entrySet()) {
                    cycleSheet.row(e.getKey(), typed(CycleLayout.cycleKey(e.getKey()).orElseThrow().type(), e.getValue()));
                }
            }

            @Override
            public void row(SheetLayout layout, List<String> values) {
                XlsxBook.Sheet sheet = sheets.get(layout);
                if (sheet.rowsWritten() >= MAX_SHEET_ROWS) {
                    throw new IllegalArgumentException("the " + layout.name() + " sheet would pass the " + MAX_SHEET_ROWS
                            + " rows a worksheet can hold; write CSV files instead");
                }
                List<Object> cells = new ArrayList<>(values.size());
                for (int i = 0; i < values.size(); i++) {
                    cells.add(typed(layout.columns().get(i).type(), values.get(i)));
                }
                sheet.row(cells);
            }

            @Override
            public void close() throws IOException {
                try (book) {
                    book.write(file);
                }
            }
        };
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

    /** One CSV file per sheet, all open at once, each written as its rows come. */
    public static CycleSink csv(Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<SheetLayout, CsvTable> files = new LinkedHashMap<>();
        for (SheetLayout layout : CycleLayout.ROW_SHEETS) {
            files.put(layout, CsvTable.sourceData(dir.resolve(layout.csvFileName()), layout.columns().stream().map(ColumnLayout::name).toList()));
        }
        return new CycleSink() {
            @Override
            public void cycle(Map<String, String> values) throws IOException {
                try (CsvTable csv = CsvTable.sourceData(dir.resolve("cycle.csv"), List.of("key", "value"))) {
                    values.forEach(csv::row);
                }
            }

            @Override
            public void row(SheetLayout sheet, List<String> values) {
                files.get(sheet).row(values);
            }

            @Override
            public void close() throws IOException {
                for (CsvTable file : files.values()) {
                    file.close();
                }
            }
        };
    }

    /**
     * A script that creates {@code schema} with one table per sheet, as an HR system's export
     * schema would: text columns, so that the sample's defects survive the trip. Each sheet's
     * statements wait in a temporary file until the end, so the script keeps sheet order.
     */
    public static CycleSink sql(Path file, String schema) throws IOException {
        Map<SheetLayout, Path> spools = new LinkedHashMap<>();
        Map<SheetLayout, Writer> writers = new LinkedHashMap<>();
        for (SheetLayout layout : CycleLayout.ROW_SHEETS) {
            Path spool = Files.createTempFile("sescert-sql-" + layout.name(), ".sql");
            spools.put(layout, spool);
            writers.put(layout, Files.newBufferedWriter(spool, StandardCharsets.UTF_8));
        }
        Map<String, String> cycle = new LinkedHashMap<>();
        return new CycleSink() {
            @Override
            public void cycle(Map<String, String> values) {
                cycle.putAll(values);
            }

            @Override
            public void row(SheetLayout sheet, List<String> values) throws IOException {
                Writer out = writers.get(sheet);
                out.write("insert into " + table(schema, sheet) + " values (");
                for (int i = 0; i < values.size(); i++) {
                    out.write(i == 0 ? "" : ", ");
                    out.write(literal(values.get(i)));
                }
                out.write(");\n");
            }

            @Override
            public void close() throws IOException {
                for (Writer w : writers.values()) {
                    w.close();
                }
                try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    out.write("-- The sample cycle as a source database for: sescert import --from-db JDBC_URL --source-schema " + schema + "\n");
                    out.write("drop schema if exists " + schema + " cascade;\ncreate schema " + schema + ";\n\n");
                    out.write("create table " + schema + ".cycle (key text, value text);\n");
                    for (Map.Entry<String, String> e : cycle.entrySet()) {
                        out.write("insert into " + schema + ".cycle values (" + literal(e.getKey()) + ", " + literal(e.getValue()) + ");\n");
                    }
                    for (SheetLayout layout : CycleLayout.ROW_SHEETS) {
                        List<String> columns = layout.columns().stream().map(ColumnLayout::name).toList();
                        out.write("\ncreate table " + table(schema, layout) + " (" + String.join(", ", columns.stream().map(c -> c + " text").toList())
                                + ");\n");
                        try (var in = Files.newBufferedReader(spools.get(layout), StandardCharsets.UTF_8)) {
                            in.transferTo(out);
                        }
                    }
                } finally {
                    for (Path spool : spools.values()) {
                        Files.deleteIfExists(spool);
                    }
                }
            }
        };
    }

    private static String table(String schema, SheetLayout layout) {
        return schema + "." + layout.csvFileName().replace(".csv", "");
    }

    private static String literal(String value) {
        return value == null ? "null" : "'" + value.replace("'", "''") + "'";
    }

    /** Several writers fed by one pass of the generator. */
    public static CycleSink all(List<CycleSink> sinks) {
        return new CycleSink() {
            @Override
            public void cycle(Map<String, String> values) throws IOException {
                for (CycleSink sink : sinks) {
                    sink.cycle(values);
                }
            }

            @Override
            public void row(SheetLayout sheet, List<String> values) throws IOException {
                for (CycleSink sink : sinks) {
                    sink.row(sheet, values);
                }
            }

            @Override
            public void close() throws IOException {
                for (CycleSink sink : sinks) {
                    sink.close();
                }
            }
        };
    }
}
