package org.sescert.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sescert.checking.CycleChecker;
import org.sescert.goalreview.GoalReviewer;
import org.sescert.importing.ColumnLayout;
import org.sescert.importing.ColumnType;
import org.sescert.importing.CycleImporter;
import org.sescert.importing.CycleLayout;
import org.sescert.importing.GoalsImporter;
import org.sescert.importing.GoalsLayout;
import org.sescert.importing.HostileCorpus;
import org.sescert.importing.ImportOptions;
import org.sescert.importing.ImportOutcome;
import org.sescert.importing.ImportSource;
import org.sescert.importing.SheetLayout;
import org.sescert.reporting.CertificationReporter;
import org.sescert.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every formula-injection payload of OWASP's list, put in every text column of a cycle and of
 * the priority goals, goes through every export (rejects CSV and XLSX, the findings CSV and
 * XLSX, the certification package's workbooks, the goal review workbook); read back, no cell of
 * any of them is a formula or could become one, and numbers are still numbers.
 */
class FormulaInjectionExportTests extends DatabaseTest {

    private static final ImportOptions ACCEPT = new ImportOptions(100, 100, true);

    @Autowired
    CycleImporter cycles;
    @Autowired
    CycleChecker checker;
    @Autowired
    CertificationReporter reporter;
    @Autowired
    GoalsImporter goals;
    @Autowired
    GoalReviewer reviewer;

    @TempDir
    Path dir;

    @Test
    void noCellOfAnyExportStartsAFormulaWhenEveryTextColumnHoldsAPayload() throws Exception {
        Path cycle = inject(Path.of("sample-data/csv"), dir.resolve("cycle"), CycleLayout.ROW_SHEETS);
        // Values that are rejected travel into the rejects files as they were typed.
        appendRow(cycle.resolve("executives.csv"), Map.of("executive_id", "=1+1|X1", "appointment_type", "=HYPERLINK(\"http://example.invalid\")",
                "component", "@SUM(1+1)", "appraisal_start", "-2+3", "appraisal_end", "+1", "final_level", "\t=9"));
        ImportOutcome imported = cycles.importCycle(ImportSource.file(cycle), null, ACCEPT);
        assertThat(imported.rejectedRows()).isPositive();
        checker.check(imported.cycleId(), null);
        Path packageDir = dir.resolve("package");
        reporter.report(imported.cycleId(), packageDir);

        Path goalsCsv = inject(Path.of("sample-data/goals-csv"), dir.resolve("goals"), GoalsLayout.ROW_SHEETS);
        goals.importGoals(ImportSource.file(goalsCsv), ACCEPT);
        Path review = reviewer.review("FY2026Q4", null, dir.resolve("review")).folder();

        List<Path> exports = new ArrayList<>();
        for (Path folder : List.of(imported.outputDir(), packageDir, review)) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.filter(f -> f.toString().endsWith(".csv") || f.toString().endsWith(".xlsx")).forEach(exports::add);
            }
        }
        assertThat(exports.stream().map(p -> p.getFileName().toString())).contains("rejects.csv", "rejects.xlsx", "findings.csv",
                "findings.xlsx", "opm-1558.xlsx", "goals-review-FY2026Q4.xlsx");
        long payloads = 0;
        for (Path export : exports) {
            payloads += export.toString().endsWith(".csv") ? checkCsv(export) : checkXlsx(export);
        }
        assertThat(payloads).as("payload cells read back across the exports").isGreaterThan(500);
    }

    /** Every field: not a formula's start, unless it is a plain number. Returns how many carried a payload. */
    private static long checkCsv(Path file) throws IOException {
        long payloads = 0;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser parser = CSVParser.parse(in, CSVFormat.RFC4180)) {
            for (CSVRecord record : parser) {
                for (String field : record) {
                    assertThat(SpreadsheetText.startsLikeFormula(field) && !isNumber(field)).as(file.getFileName() + ": " + field).isFalse();
                    if (field.startsWith("'") && SpreadsheetText.startsLikeFormula(field.substring(1))) {
                        payloads++;
                    }
                }
            }
        }
        return payloads;
    }

    /** Every cell: not a formula; text that looks like one is marked as text (quote prefix); numbers are numeric cells. */
    private static long checkXlsx(Path file) throws IOException {
        long payloads = 0;
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String where = file.getFileName() + " " + sheet.getSheetName() + "!" + cell.getAddress();
                        assertThat(cell.getCellType()).as(where).isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING && SpreadsheetText.startsLikeFormula(cell.getStringCellValue())) {
                            assertThat(cell.getCellStyle().getQuotePrefixed()).as(where + " " + cell.getStringCellValue()).isTrue();
                            payloads++;
                        }
                    }
                }
            }
        }
        return payloads;
    }

    private static boolean isNumber(String field) {
        return field.matches("-?\\d+(\\.\\d+)?([eE]-?\\d+)?");
    }

    /**
     * The CSV files of a folder with a payload before every value of every text column: one payload
     * per distinct value, so that an id stays the same id on every sheet.
     */
    private static Path inject(Path from, Path to, List<SheetLayout> sheets) throws IOException {
        Files.createDirectories(to);
        Map<String, String> payloads = new HashMap<>();
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                SheetLayout sheet = sheets.stream().filter(s -> s.csvFileName().equals(name)).findFirst().orElse(null);
                List<List<String>> rows = read(file);
                if (sheet != null) {
                    List<String> header = rows.get(0);
                    for (List<String> row : rows.subList(1, rows.size())) {
                        for (int i = 0; i < header.size() && i < row.size(); i++) {
                            boolean text = sheet.column(header.get(i)).map(ColumnLayout::type).filter(t -> t == ColumnType.TEXT).isPresent();
                            if (text && !row.get(i).isEmpty()) {
                                row.set(i, payloads.computeIfAbsent(row.get(i),
                                        v -> HostileCorpus.INJECTIONS.get(payloads.size() % HostileCorpus.INJECTIONS.size()) + "|" + v));
                            }
                        }
                    }
                }
                write(to.resolve(name), rows);
            }
        }
        return to;
    }

    private static void appendRow(Path file, Map<String, String> values) throws IOException {
        List<List<String>> rows = read(file);
        List<String> row = new ArrayList<>();
        for (String column : rows.get(0)) {
            row.add(values.getOrDefault(column, ""));
        }
        rows.add(row);
        write(file, rows);
    }

    private static List<List<String>> read(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser parser = CSVParser.parse(in, CSVFormat.RFC4180)) {
            for (CSVRecord record : parser) {
                rows.add(new ArrayList<>(record.toList()));
            }
        }
        return rows;
    }

    private static void write(Path file, List<List<String>> rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
    }
}
