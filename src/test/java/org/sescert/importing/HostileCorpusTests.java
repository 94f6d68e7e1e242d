package org.sescert.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sescert.importing.HostileCorpus.Case;
import org.sescert.importing.HostileCorpus.Loaded;
import org.sescert.importing.HostileCorpus.Refused;
import org.sescert.importing.HostileCorpus.Rejects;
import org.sescert.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every file of the hostile-input corpus gets exactly its outcome: loaded as it should read,
 * rows rejected with the expected codes, or the whole file refused with one line that names the
 * file and what to do, carries no Java class name, and loads nothing. The same files go through
 * the real launcher, in a small heap, in {@code HostileInputLauncherIT}.
 */
class HostileCorpusTests extends DatabaseTest {

    static final Path BUILT = Path.of("target/hostile-corpus");
    /** A Java class name, as a library's exception would show it. */
    static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error)\\b|\\b\\w+(?:Exception|Error)\\b|\\tat ");

    /** Every load accepted whatever its rejects: a case shows rows, not the load gate. */
    private static final ImportOptions ACCEPT = new ImportOptions(100, 100, true);

    @Autowired
    CycleImporter importer;

    static Stream<Case> cases() {
        return HostileCorpus.cases().stream();
    }

    @Test
    void theCorpusHasThirtyFilesAndMoreCoveringEveryAttackTheIssueNames() {
        List<Case> cases = HostileCorpus.cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
        assertThat(cases.stream().map(Case::file)).contains("xxe-in-sheet.xlsx", "billion-laughs.xlsx", "zip-bomb-rows.xlsx",
                "oversized-shared-strings.xlsx", "encrypted.xlsx", "legacy.xls", "text-renamed.xlsx", "truncated.xlsx", "formulas-with-results.xlsx",
                "formulas-without-results.xlsx", "dates-1904.xlsx", "merged-cells.xlsx", "hidden-sheets.xlsx", "csv-utf8-bom", "csv-latin1",
                "csv-crlf-quoted-newlines", "csv-100mb-cell", "formula-injection.xlsx", "csv-formula-injection");
        cases.stream().filter(Case::committed).forEach(c -> assertThat(HostileCorpus.COMMITTED.resolve(c.file())).as(c.file()).exists());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachHostileFileHasItsExactOutcome(Case c) throws Exception {
        ImportSource source = ImportSource.file(HostileCorpus.file(c, BUILT));
        c.settings().forEach(System::setProperty);
        try {
            if (c.expected() instanceof Refused refused) {
                Throwable thrown = catchThrowable(() -> {
                    // As the command line does: the file alone first, then the job.
                    CycleImporter.inspect(source, null);
                    importer.importCycle(source, null, ACCEPT);
                });
                assertThat(thrown).as(c.what()).isInstanceOf(ImportRefusedException.class);
                String message = thrown.getMessage();
                // A refusal names the file: the workbook, or the CSV file at fault.
                String named = c.file().startsWith("csv-") ? "executives.csv" : c.file();
                assertThat(message).as(c.what()).contains(refused.fragment()).contains(named).doesNotContain("\n").doesNotContainPattern(CLASS_NAME);
                assertThat(count("select count(*) from cycle where cycle_id = ?", c.cycleId())).as("nothing loaded").isZero();
                return;
            }
            ImportOutcome outcome = importer.importCycle(source, null, ACCEPT);
            assertThat(outcome.cycleId()).isEqualTo(c.cycleId());
            Set<String> rejects = new HashSet<>(jdbc.queryForList(
                    "select sheet || ' ' || row_number || ' ' || coalesce(column_name, '-') || ' ' || code from reject where load_id = ?",
                    String.class, outcome.loadId()));
            if (c.expected() instanceof Loaded loaded) {
                assertThat(rejects).as(c.what()).isEmpty();
                assertThat(count("select count(*) from executive where cycle_id = ?", c.cycleId())).isEqualTo(3);
                if (loaded.warning() != null) {
                    assertThat(outcome.warnings()).as(c.what()).anySatisfy(w -> assertThat(w).contains(loaded.warning()));
                }
                readsAsTheCleanCycle(c);
            } else if (c.expected() instanceof Rejects expected) {
                assertThat(rejects).as(c.what()).isEqualTo(expected.rejects());
                if (expected.warning() != null) {
                    assertThat(outcome.warnings()).as(c.what()).anySatisfy(w -> assertThat(w).contains(expected.warning()));
                }
                assertThat(jdbc.queryForList("select message from reject where load_id = ?", String.class, outcome.loadId()))
                        .allSatisfy(m -> assertThat(m).doesNotContainPattern(CLASS_NAME));
            }
        } finally {
            c.settings().keySet().forEach(System::clearProperty);
        }
    }

    /** What every loaded case must read as, whatever its encoding, date system or formulas. */
    private void readsAsTheCleanCycle(Case c) {
        String id = c.cycleId();
        boolean injected = c.file().contains("injection");
        String e3 = injected ? jdbc.queryForObject("select executive_id from executive where cycle_id = ? and executive_id like '%|E3'", String.class, id) : "E3";
        assertThat(jdbc.queryForObject("select appraisal_start from executive where cycle_id = ? and executive_id = ?", LocalDate.class, id, e3))
                .as("a date cell, in either date system").isEqualTo(LocalDate.of(2098, 12, 15));
        assertThat(jdbc.queryForObject("select period_end from cycle where cycle_id = ?", LocalDate.class, id)).isEqualTo(LocalDate.of(2099, 9, 30));
        assertThat(jdbc.queryForObject("select basic_pay_after from pay where cycle_id = ? and executive_id = ?", java.math.BigDecimal.class, id, e3))
                .isEqualByComparingTo("185000");
        assertThat(jdbc.queryForList("select final_level from executive where cycle_id = ? order by final_level", Integer.class, id)).containsExactly(3, 4, 5);
        switch (c.file()) {
            case "formulas-with-results.xlsx" -> {
                assertThat(jdbc.queryForList("select basic_pay_after::bigint from pay where cycle_id = ? order by 1", Long.class, id))
                        .containsExactly(185000L, 194000L, 205000L);
                assertThat(jdbc.queryForObject("select component from executive where cycle_id = ? and executive_id = 'E3'", String.class, id)).isEqualTo("Office B");
            }
            case "csv-crlf-quoted-newlines" -> {
                assertThat(jdbc.queryForObject("select name from executive where cycle_id = ? and executive_id = 'E2'", String.class, id)).isEqualTo("Bo\r\nExample");
                assertThat(jdbc.queryForObject("select source from org_assessment where cycle_id = ? and component = 'Office A'", String.class, id))
                        .isEqualTo("Annual report,\r\np. 3 \"table 2\"");
            }
            case "csv-utf16-bom", "csv-utf8-bom" -> assertThat(jdbc.queryForList("select executive_id from executive where cycle_id = ? order by 1", String.class, id))
                    .as("no byte-order mark left on the first id").containsExactly("E1", "E2", "E3");
            case "formula-injection.xlsx", "csv-formula-injection" -> {
                List<String> text = jdbc.queryForList("select executive_id || name || component || pay_pool || rating_official_id from executive where cycle_id = ?",
                        String.class, id);
                assertThat(text).hasSize(3);
                assertThat(jdbc.queryForList("select executive_id from executive where cycle_id = ?", String.class, id))
                        .allSatisfy(e -> assertThat(e).matches("^[=+\\-@].*\\|E\\d$"));
            }
            default -> {
            }
        }
    }

    /** The corpus's README, written from the cases as {@code DocumentationTests} writes docs/. */
    @Test
    void theCorpusReadmeListsEveryFileWithWhatItShowsAndItsOutcome() throws Exception {
        StringBuilder text = new StringBuilder("""
                # The hostile-input corpus

                Written by `HostileCorpusTests` from `HostileCorpus`, the builder that made these files; do not edit by
                hand. Each file (or folder of CSV files) is an attack on the importer or an input it must read in a
                defined way; `HostileCorpusTests` imports each and asserts the outcome below, and
                `HostileInputLauncherIT` runs each refusal through `./sescert` in a 128 MB heap (exit 2, one line on
                standard error, no stack trace). Files marked *built* are too large to commit and are built at test
                time into `target/hostile-corpus/`. Rewrite the committed ones with
                `./mvnw -o test -Dtest='HostileCorpusTests#rewriteTheCommittedCorpus' -Dsescert.corpus.write=true`.

                | file | cycle | what it is | outcome |
                |---|---|---|---|
                """);
        for (Case c : HostileCorpus.cases()) {
            String outcome;
            if (c.expected() instanceof Refused r) {
                outcome = "refused (exit 2): \"" + r.fragment() + "\"";
            } else if (c.expected() instanceof Loaded l) {
                outcome = "loaded, no rejects" + (l.warning() == null ? "" : "; warns \"" + l.warning() + "\"");
            } else {
                Rejects r = (Rejects) c.expected();
                outcome = "loaded; rejects " + String.join(", ", new java.util.TreeSet<>(r.rejects()))
                        + (r.warning() == null ? "" : "; warns \"" + r.warning() + "\"");
            }
            String settings = c.settings().isEmpty() ? "" : " (with " + c.settings() + ")";
            text.append("| `").append(c.file()).append("`").append(c.committed() ? "" : " *built*").append(" | ").append(c.cycleId()).append(" | ")
                    .append(c.what()).append(settings).append(" | ").append(outcome.replace("|", "\\|")).append(" |\n");
        }
        Files.writeString(HostileCorpus.COMMITTED.resolve("README.md"), text);
        assertThat(HostileCorpus.COMMITTED.resolve("README.md")).exists();
    }

    /** Writes the committed corpus again from the builder: {@code -Dsescert.corpus.write=true}. */
    @Test
    @EnabledIfSystemProperty(named = "sescert.corpus.write", matches = "true")
    void rewriteTheCommittedCorpus() throws Exception {
        HostileCorpus.writeCommitted(HostileCorpus.COMMITTED);
        assertThat(Files.list(HostileCorpus.COMMITTED).count()).isGreaterThanOrEqualTo(30);
    }
}
