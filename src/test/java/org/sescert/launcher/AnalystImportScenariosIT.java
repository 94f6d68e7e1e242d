package org.sescert.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analyst's import at cycle close, through the real launcher: a re-import never makes a
 * good cycle worse, mistakes get a clear answer (most of them before the database starts), and
 * the database is the same wherever the analyst stands.
 */
class AnalystImportScenariosIT {

    private static final Path SAMPLE = Launcher.PROJECT.resolve("sample-data/csv");

    @TempDir
    Path temp;

    private Launcher launcher() {
        return new Launcher(temp.resolve("home"));
    }

    @Test
    void aReImportWithAShiftedHeaderIsRefusedAndTheGoodCycleStaysAsItWas() throws Exception {
        Launcher sescert = launcher();
        Path work = temp.resolve("work");
        assertThat(sescert.run(work, "import", "--allow-rejects", SAMPLE.toString()).exitCode()).isZero();
        assertThat(sescert.run(work, "check", "--cycle", "FY2026", "--fail-on", "never").exitCode()).isZero();
        byte[] findings = Files.readAllBytes(work.resolve("out/FY2026/findings.csv"));

        // A column added to the header only: every value would land one column off.
        Path shifted = copySample("shifted");
        editCsv(shifted.resolve("executives.csv"), rows -> {
            rows.get(0).add(4, "division");
            return rows;
        });
        Launcher.Result refused = sescert.run(work, "import", shifted.toString());

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.errLines()).hasSize(1);
        assertThat(refused.err()).contains("executives.csv, row 2: 19 fields, but the header row has 20").doesNotContain("Exception");
        assertThat(sescert.run(work, "loads", "--cycle", "FY2026").out()).contains("*1 ").contains("CURRENT");
        assertThat(sescert.run(work, "check", "--cycle", "FY2026", "--fail-on", "never").exitCode()).isZero();
        assertThat(Files.readAllBytes(work.resolve("out/FY2026/findings.csv"))).isEqualTo(findings);
    }

    @Test
    void aLoadWithFifteenPercentRejectedIsRefusedUnlessReplacedAndGoingBackRestoresItsFindings() throws Exception {
        Launcher sescert = launcher();
        Path work = temp.resolve("work");
        assertThat(sescert.run(work, "import", "--allow-rejects", SAMPLE.toString()).exitCode()).isZero();
        assertThat(sescert.run(work, "check", "--cycle", "FY2026", "--fail-on", "never").exitCode()).isZero();
        Path findingsFile = work.resolve("out/FY2026/findings.csv");
        byte[] firstFindings = Files.readAllBytes(findingsFile);

        // 45 of the 301 executive rows get an appointment type the template does not know: 15%.
        Path worse = copySample("worse");
        editCsv(worse.resolve("executives.csv"), rows -> {
            for (int i = 1; i <= 45; i++) {
                rows.get(i * 6).set(2, "SES");
            }
            return rows;
        });
        Launcher.Result refused = sescert.run(work, "import", worse.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.errLines()).hasSize(1);
        assertThat(refused.err()).contains("load 2 of FY2026 is refused and the cycle is unchanged")
                .contains("Executives: 47 of 301 rows rejected (15.6%, over the 10% allowed)").contains("--replace");
        assertThat(work.resolve("out/FY2026/refused-load-2/rejects.xlsx")).exists();
        assertThat(Files.readAllBytes(findingsFile)).isEqualTo(firstFindings);

        Launcher.Result replaced = sescert.run(work, "import", "--replace", "--allow-rejects", worse.toString());
        assertThat(replaced.exitCode()).isZero();
        assertThat(replaced.out()).containsPattern("Replaces load 1 of FY2026 \\(297 executives, \\d{4}-\\d{2}-\\d{2}, csv\\)");
        assertThat(findingsFile).doesNotExist();
        assertThat(sescert.run(work, "check", "--cycle", "FY2026", "--fail-on", "never").exitCode()).isZero();
        assertThat(Files.readAllBytes(findingsFile)).isNotEqualTo(firstFindings);

        Launcher.Result back = sescert.run(work, "loads", "use", "1");
        assertThat(back.exitCode()).isZero();
        assertThat(back.out()).contains("Cycle FY2026 now holds load 1 of FY2026 (297 executives");
        assertThat(Files.readAllBytes(findingsFile)).isEqualTo(firstFindings);
        assertThat(Files.readString(work.resolve("out/FY2026/manifest.json"))).contains("\"load\" : 1,");
    }

    @Test
    void aMisspelledColumnIsAnErrorThatSaysWhichColumnWasMeant() throws Exception {
        Launcher sescert = launcher();
        Path misspelled = copySample("misspelled");
        editCsv(misspelled.resolve("executives.csv"), rows -> {
            rows.get(0).set(17, "finallevel_x");
            return rows;
        });
        Launcher.Result result = sescert.run(temp.resolve("work"), "import", misspelled.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.err()).contains("executives.csv, sheet Executives: column finallevel_x: did you mean final_level?");
        assertThat(sescert.dataFolder()).as("answered before the database started").doesNotExist();
    }

    @Test
    void theSameCheckFromTwoWorkingFoldersFindsTheSameCycleInTheSameDatabase() throws Exception {
        Launcher sescert = launcher();
        Path first = temp.resolve("first");
        Path second = temp.resolve("elsewhere/second");
        assertThat(sescert.run(first, "import", "--allow-rejects", SAMPLE.toString()).exitCode()).isZero();

        Launcher.Result here = sescert.run(first, "check", "--cycle", "FY2026", "--fail-on", "never");
        Launcher.Result there = sescert.run(second, "check", "--cycle", "FY2026", "--fail-on", "never");

        assertThat(there.exitCode()).isZero();
        String database = "database: embedded PostgreSQL in " + sescert.dataFolder().resolve("postgres");
        assertThat(here.out()).contains("Checked cycle FY2026").contains(database);
        assertThat(there.out()).contains("Checked cycle FY2026").contains(database);
        assertThat(Files.readAllBytes(second.resolve("out/FY2026/findings.csv"))).isEqualTo(Files.readAllBytes(first.resolve("out/FY2026/findings.csv")));
        assertThat(first.resolve("sescert-data")).doesNotExist();
        assertThat(second.resolve("sescert-data")).doesNotExist();
    }

    @Test
    void theTemplateNeverOverwritesAnExistingWorkbook() throws Exception {
        Path work = temp.resolve("work");
        Path filled = Files.createDirectories(work).resolve("cycle-FY2026.xlsx");
        Files.copy(Launcher.PROJECT.resolve("sample-data/sample-cycle.xlsx"), filled);
        byte[] before = Files.readAllBytes(filled);

        Launcher.Result result = launcher().run(work, "template", filled.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.err()).contains("exists").contains("--force");
        assertThat(Files.readAllBytes(filled)).isEqualTo(before);
    }

    @Test
    void aMissingFileIsAnsweredBeforeTheDatabaseStarts() throws Exception {
        Launcher sescert = launcher();
        Launcher.Result result = sescert.run(temp.resolve("work"), "import", "cycle-FY2026.xlsx");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("sescert: cycle-FY2026.xlsx does not exist (sescert import --help shows the usage)");
        assertThat(sescert.dataFolder()).as("no database was started").doesNotExist();
    }

    @Test
    void missingFinalRatingsLeadTheWorstFindingsAndDrawNoPayRuleForThoseExecutives() throws Exception {
        Launcher sescert = launcher();
        Path work = temp.resolve("work");
        Path unrated = copySample("unrated");
        Set<String> withoutFinal = new java.util.HashSet<>();
        editCsv(unrated.resolve("executives.csv"), rows -> {
            for (int i = 1; i < rows.size(); i += 3) {
                rows.get(i).set(17, "");
                withoutFinal.add(rows.get(i).get(0));
            }
            return rows;
        });
        assertThat(sescert.run(work, "import", "--allow-rejects", unrated.toString()).exitCode()).isZero();

        Launcher.Result check = sescert.run(work, "check", "--cycle", "FY2026");

        assertThat(check.exitCode()).isEqualTo(1);
        List<String> worst = check.out().lines().dropWhile(l -> !l.startsWith("Worst findings")).skip(1).toList();
        assertThat(worst.get(0)).startsWith("  ERROR   RATING_MISSING x");
        assertThat(check.out()).contains("Exit 1: ").contains("--fail-on NEVER");
        try (Stream<String> lines = Files.lines(work.resolve("out/FY2026/findings.csv"))) {
            assertThat(lines.filter(l -> l.contains(",PAY_AWARD_BELOW_FS,") || l.contains(",PAY_RAISE_BELOW_FS,"))
                    .filter(l -> withoutFinal.stream().anyMatch(id -> l.contains("," + id + ","))).toList()).isEmpty();
        }
    }

    private Path copySample(String name) throws IOException {
        Path dir = Files.createDirectories(temp.resolve(name));
        try (Stream<Path> files = Files.list(SAMPLE)) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        return dir;
    }

    /** Rewrites a CSV file: the header is row 0. */
    private static void editCsv(Path file, UnaryOperator<List<List<String>>> edit) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser parser = CSVParser.parse(in, CSVFormat.RFC4180)) {
            for (CSVRecord record : parser) {
                rows.add(new ArrayList<>(record.toList()));
            }
        }
        List<List<String>> edited = edit.apply(rows);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            for (List<String> row : edited) {
                printer.printRecord(row);
            }
        }
    }
}
