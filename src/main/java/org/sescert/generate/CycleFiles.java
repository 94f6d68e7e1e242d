package org.sescert.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.sescert.importing.ColumnLayout;
import org.sescert.importing.ColumnType;
import org.sescert.importing.CycleLayout;
import org.sescert.importing.SheetLayout;

/**
 * Writes a {@link SyntheticCycle} as a workbook (real date and number cells, as a person's
 * spreadsheet has them), as CSV files named after the sheets, or as a SQL script that fills a
 * source schema for {@code sescert import --from-db}.
 */
public final class CycleFiles {

    private CycleFiles() {
    }

    public static void writeXlsx(SyntheticCycle cycle, Path file) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet cycleSheet = workbook.createSheet(CycleLayout.CYCLE_SHEET);
            header(cycleSheet, List.of("key", "value"));
            int r = 1;
            for (Map.Entry<String, String> e : cycle.cycleValues().entrySet()) {
                Row row = cycleSheet.createRow(r++);
                row.createCell(0).setCellValue(e.getKey());
                ColumnLayout key = CycleLayout.cycleKey(e.getKey()).orElseThrow();
                cell(row, 1, key.type(), e.getValue(), date);
            }
            for (SheetLayout layout : CycleLayout.ROW_SHEETS) {
                Sheet sheet = workbook.createSheet(layout.name());
                header(sheet, layout.columns().stream().map(ColumnLayout::name).toList());
                int n = 1;
                for (List<String> values : cycle.rows(layout)) {
                    Row row = sheet.createRow(n++);
                    for (int i = 0; i < values.size(); i++) {
                        cell(row, i, layout.columns().get(i).type(), values.get(i), date);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    private static void header(Sheet sheet, List<String> names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.size(); i++) {
            row.createCell(i).setCellValue(names.get(i));
        }
    }

    /** A typed cell where the text reads as its type; the text itself where it does not (a defect). */
    private static void cell(Row row, int column, ColumnType type, String value, CellStyle date) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        switch (type) {
            case DATE -> {
                try {
                    cell.setCellValue(LocalDate.parse(value));
                    cell.setCellStyle(date);
                } catch (DateTimeParseException e) {
                    cell.setCellValue(value);
                }
            }
            case LEVEL, WEIGHT, MONEY, SCORE -> {
                try {
                    cell.setCellValue(Double.parseDouble(value));
                } catch (NumberFormatException e) {
                    cell.setCellValue(value);
                }
            }
            default -> cell.setCellValue(value);
        }
    }

    public static void writeCsv(SyntheticCycle cycle, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Writer out = Files.newBufferedWriter(dir.resolve("cycle.csv"), StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord("key", "value");
            for (Map.Entry<String, String> e : cycle.cycleValues().entrySet()) {
                csv.printRecord(e.getKey(), e.getValue());
            }
        }
        for (SheetLayout layout : CycleLayout.ROW_SHEETS) {
            try (Writer out = Files.newBufferedWriter(dir.resolve(layout.csvFileName()), StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
                csv.printRecord(layout.columns().stream().map(ColumnLayout::name).toList());
                for (List<String> values : cycle.rows(layout)) {
                    csv.printRecord(values.stream().map(v -> v == null ? "" : v).toList());
                }
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
