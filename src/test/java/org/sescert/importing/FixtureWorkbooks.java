package org.sescert.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.sescert.generate.CycleFiles;
import org.sescert.generate.SyntheticCycle;

/** Builds test inputs from the committed CSV fixtures: the same cycle as a workbook, or with a column taken out. */
final class FixtureWorkbooks {

    private static final CSVFormat WITH_HEADER = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private FixtureWorkbooks() {
    }

    /** The CSV cycle as an .xlsx workbook (typed cells where a value reads as its column's type). */
    static void fromCsv(Path csvDir, Path workbook) throws IOException {
        SyntheticCycle cycle = new SyntheticCycle();
        try (Reader in = Files.newBufferedReader(csvDir.resolve("cycle.csv")); CSVParser parser = CSVParser.parse(in, WITH_HEADER)) {
            parser.forEach(r -> cycle.cycleValues().put(r.get("key"), r.get("value")));
        }
        for (SheetLayout sheet : CycleLayout.ROW_SHEETS) {
            Path file = csvDir.resolve(sheet.csvFileName());
            if (!Files.exists(file)) {
                continue;
            }
            try (Reader in = Files.newBufferedReader(file); CSVParser parser = CSVParser.parse(in, WITH_HEADER)) {
                for (CSVRecord record : parser) {
                    Map<String, String> values = new HashMap<>();
                    record.toMap().forEach((k, v) -> values.put(k, v.isEmpty() ? null : v));
                    cycle.add(sheet, values);
                }
            }
        }
        CycleFiles.writeXlsx(cycle, workbook);
    }

    /** A goals fixture's CSV files as a goals workbook. */
    static void goalsFromCsv(Path csvDir, Path workbook) throws IOException {
        Map<SheetLayout, List<List<String>>> sheets = new java.util.LinkedHashMap<>();
        for (SheetLayout sheet : GoalsLayout.ROW_SHEETS) {
            Path file = csvDir.resolve(sheet.csvFileName());
            List<List<String>> rows = new java.util.ArrayList<>();
            try (Reader in = Files.newBufferedReader(file); CSVParser parser = CSVParser.parse(in, WITH_HEADER)) {
                for (CSVRecord record : parser) {
                    rows.add(sheet.columns().stream().map(c -> record.get(c.name()).isEmpty() ? null : record.get(c.name())).toList());
                }
            }
            sheets.put(sheet, rows);
        }
        org.sescert.generate.SampleGoals.of(sheets).writeXlsx(workbook);
    }

    /** Copies a folder of CSV files, leaving one column out of one file. */
    static void copyCsvWithout(Path from, Path to, String fileName, String column) throws IOException {
        try (var files = Files.list(from)) {
            for (Path file : files.toList()) {
                if (!file.getFileName().toString().equals(fileName)) {
                    Files.copy(file, to.resolve(file.getFileName()));
                    continue;
                }
                try (Reader in = Files.newBufferedReader(file); CSVParser parser = CSVParser.parse(in, WITH_HEADER);
                     Writer out = Files.newBufferedWriter(to.resolve(fileName), StandardCharsets.UTF_8);
                     CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
                    List<String> kept = parser.getHeaderNames().stream().filter(h -> !h.equals(column)).toList();
                    printer.printRecord(kept);
                    for (CSVRecord record : parser) {
                        printer.printRecord(kept.stream().map(record::get).toList());
                    }
                }
            }
        }
    }
}
