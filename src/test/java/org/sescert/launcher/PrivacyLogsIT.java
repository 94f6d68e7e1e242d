package org.sescert.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ratings and pay are Privacy Act records: a full demo run, with the framework's log on the
 * console too (--verbose), leaves no executive's name, pay or id (and so no rating tied to a
 * person) in its log file or on standard error.
 */
class PrivacyLogsIT {

    private static final Path SAMPLE = Launcher.PROJECT.resolve("sample-data/sample-cycle.xlsx");

    @TempDir
    Path temp;

    @Test
    void aFullDemoRunLogsNoNamePayOrExecutiveId() throws Exception {
        Launcher sescert = new Launcher(temp.resolve("home"));
        Launcher.Result demo = sescert.run(temp.resolve("work"), "demo", "--verbose", "--sample-data", Launcher.PROJECT.resolve("sample-data").toString());
        assertThat(demo.exitCode()).as(demo.err()).isZero();

        StringBuilder logs = new StringBuilder(demo.err());
        try (Stream<Path> files = Files.list(sescert.dataFolder().resolve("logs"))) {
            for (Path log : files.toList()) {
                logs.append(Files.readString(log, StandardCharsets.UTF_8));
            }
        }
        String text = logs.toString();
        assertThat(text).as("the run was logged").contains("cycle-import").contains("cycle-check");

        Sample sample = Sample.read(SAMPLE);
        assertThat(sample.names).hasSizeGreaterThan(100);
        assertThat(sample.pay).hasSizeGreaterThan(500);
        assertThat(sample.names).as("names in the logs").noneMatch(text::contains);
        assertThat(sample.ids).as("executive ids in the logs: a rating or finding tied to a person").noneMatch(id -> Pattern.compile("\\b" + id + "\\b").matcher(text).find());
        List<String> leaked = new ArrayList<>();
        for (BigDecimal amount : sample.pay) {
            for (Pattern written : writings(amount)) {
                if (written.matcher(text).find()) {
                    leaked.add(written.pattern());
                }
            }
        }
        assertThat(leaked).as("pay amounts in the logs").isEmpty();
    }

    /**
     * How a log line would show an amount: plain, with cents, with thousands separators. Amounts
     * under 100,000 (awards) are looked for only with cents or separators, as a plain five-digit
     * number is also how a port or a process id reads.
     */
    private static List<Pattern> writings(BigDecimal amount) {
        long whole = amount.longValue();
        List<String> forms = new ArrayList<>(List.of(whole + "\\.0", whole + "\\.00", String.format("%,d", whole).replace(",", "\\,")));
        if (whole >= 100_000) {
            forms.add(String.valueOf(whole));
        }
        return forms.stream().map(f -> Pattern.compile("(?<![\\d.,])" + f + "(?![\\d,])")).toList();
    }

    /** The sample workbook's names (Executives), executive ids, and amounts of pay (Pay). */
    private record Sample(Set<String> names, Set<String> ids, Set<BigDecimal> pay) {
        static Sample read(Path workbook) throws Exception {
            Set<String> names = new LinkedHashSet<>();
            Set<String> ids = new LinkedHashSet<>();
            Set<BigDecimal> pay = new LinkedHashSet<>();
            DataFormatter formatter = new DataFormatter();
            try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
                for (List<String> row : rows(book.getSheet("Executives"), formatter)) {
                    ids.add(row.get(0));
                    if (row.size() > 1 && !row.get(1).isBlank()) {
                        names.add(row.get(1));
                    }
                }
                for (List<String> row : rows(book.getSheet("Pay"), formatter)) {
                    for (String cell : row.subList(1, Math.min(5, row.size()))) {
                        if (cell.matches("\\d{4,}(\\.\\d+)?")) {
                            pay.add(new BigDecimal(cell));
                        }
                    }
                }
            }
            return new Sample(names, ids, pay);
        }

        private static List<List<String>> rows(Sheet sheet, DataFormatter formatter) {
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    Cell cell = row.getCell(i);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
                }
                if (!cells.isEmpty() && !cells.get(0).isBlank()) {
                    rows.add(cells);
                }
            }
            return rows;
        }
    }
}
