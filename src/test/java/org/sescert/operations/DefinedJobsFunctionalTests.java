package org.sescert.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sescert.generate.CycleFiles;
import org.sescert.generate.CycleGenerator;
import org.sescert.generate.SyntheticCycle;
import org.sescert.importing.GoalsImporter;
import org.sescert.importing.ImportOptions;
import org.sescert.importing.ImportSource;
import org.sescert.jobs.Subject;
import org.sescert.jobs.SubjectLock;
import org.sescert.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;

/** A definition run as the scheduler runs it: the drop folder's files, the close of each, the quarterly review. */
class DefinedJobsFunctionalTests extends DatabaseTest {

    @Autowired
    DefinedJobs jobs;

    @Autowired
    GoalsImporter goalsImporter;

    @Autowired
    org.sescert.system.DatabaseServer server;

    @TempDir
    Path temp;

    private Path workbook(String cycleId, Path folder) throws IOException {
        SyntheticCycle cycle = new CycleGenerator(81).generate(60);
        cycle.cycleValues().put("cycle_id", cycleId);
        Files.createDirectories(folder);
        Path file = folder.resolve(cycleId.toLowerCase() + ".xlsx");
        CycleFiles.writeXlsx(cycle, file);
        return file;
    }

    private static JobDefinition close(Path drop) {
        return new JobDefinition("close", "cycle-close", "0 0 6 * * ?", null, null, new JobDefinition.Inputs(drop.toString(), "*.xlsx", null, null), Map.of());
    }

    private static List<String> names(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aCycleCloseClosesEachWorkbookOfTheDropFolderAndFilesItUnderDoneOrRefused() throws IOException {
        Path drop = temp.resolve("drop");
        workbook("FY2081", drop);
        Files.write(drop.resolve("broken.xlsx"), new byte[] {'P', 'K', 1, 2});
        Files.writeString(drop.resolve("notes.txt"), "not a workbook");

        DefinedJobs.Report report = jobs.run(close(drop), temp, Instant.now());

        assertThat(report.lines()).hasSize(2);
        assertThat(report.lines().get(0)).startsWith("broken.xlsx: ").endsWith("Moved to refused/.");
        assertThat(report.lines().get(1)).startsWith("fy2081.xlsx: FY2081: load ").contains(" current; check run ").contains("package in ");
        assertThat(report.exitCode()).isEqualTo(2);
        assertThat(names(drop.resolve("done"))).singleElement().asString().matches("\\d{8}T\\d{6}-fy2081\\.xlsx");
        assertThat(names(drop.resolve("refused"))).singleElement().asString().endsWith("-broken.xlsx");
        assertThat(names(drop.resolve("processing"))).isEmpty();
        assertThat(names(drop)).contains("notes.txt");

        // Import, check and report each ran, on the one load.
        long load = count("select load_id from cycle where cycle_id = 'FY2081'");
        assertThat(count("select count(*) from check_run where cycle_id = 'FY2081' and load_id = ? and status = 'DONE'", load)).isEqualTo(1);
        assertThat(count("select count(*) from report_run where cycle_id = 'FY2081' and load_id = ?", load)).isEqualTo(1);
        String folder = jdbc.queryForObject("select out_dir from report_run where cycle_id = 'FY2081'", String.class);
        assertThat(Path.of(folder).resolve("certification-evidence.pdf")).isRegularFile();
    }

    @Test
    void aCloseOfACycleAlreadyClosingLeavesTheWorkbookInTheDropFolderForTheNextRun() throws IOException {
        Path drop = temp.resolve("drop");
        workbook("FY2082", drop);

        DefinedJobs.Report report;
        try (SubjectLock running = SubjectLock.acquire(jdbc.getDataSource(), Subject.cycle("close", "FY2082"))) {
            report = jobs.run(close(drop), temp, Instant.now());
        }

        assertThat(report.exitCode()).isEqualTo(4);
        assertThat(report.lines()).singleElement().asString()
                .contains("another close of cycle FY2082 is running")
                .endsWith("It stays in the drop folder for the next run.");
        assertThat(names(drop)).anyMatch(n -> n.endsWith("fy2082.xlsx"));
        assertThat(names(drop.resolve("processing"))).isEmpty();
        assertThat(names(drop.resolve("refused"))).isEmpty();
        assertThat(count("select count(*) from load where cycle_id = 'FY2082'")).isZero();

        // The next run takes it.
        DefinedJobs.Report next = jobs.run(close(drop), temp, Instant.now());
        assertThat(next.exitCode()).isZero();
        assertThat(names(drop.resolve("done"))).singleElement().asString().endsWith("-fy2082.xlsx");
    }

    @Test
    void aCycleCloseReadsTheCycleFromTheHrDatabaseItNames() throws Exception {
        // The sample's source tables, as an HR database would hold them (sample-data/source-db.sql).
        try (var connection = jdbc.getDataSource().getConnection()) {
            org.springframework.jdbc.datasource.init.ScriptUtils.executeSqlScript(connection,
                    new org.springframework.core.io.FileSystemResource(Path.of("sample-data/source-db.sql")));
        }
        JobDefinition fromHr = new JobDefinition("close-from-hr", "cycle-close", "0 0 6 * * ?", null, null,
                new JobDefinition.Inputs(null, null, server.jdbcUrl(), "sescert_source"), Map.of("cycle", "FY2026", "replace", "true"));
        assertThat(fromHr.problems()).isEmpty();

        DefinedJobs.Report report = jobs.run(fromHr, temp, Instant.now());

        assertThat(report.exitCode()).as(String.join("\n", report.lines())).isZero();
        assertThat(report.lines()).singleElement().asString().startsWith("FY2026: load ").contains(" current; check run ").contains("package in ");
        assertThat(jdbc.queryForObject("""
                select l.source_name from cycle c join load l on l.load_id = c.load_id where c.cycle_id = 'FY2026'""", String.class))
                .contains("sescert_source");
        assertThat(jdbc.queryForObject("select count(*) from executive where cycle_id = 'FY2026'", Long.class)).isEqualTo(297);
    }

    @Test
    void aCycleCloseTakesADropFolderOrASourceDatabaseButNotBoth() {
        JobDefinition both = new JobDefinition("both", "cycle-close", "0 0 6 * * ?", null, null,
                new JobDefinition.Inputs("drop", "*.xlsx", "jdbc:postgresql://hr/hr", null), Map.of("cycle", "FY2026"));
        JobDefinition neither = new JobDefinition("neither", "cycle-close", "0 0 6 * * ?", null, null, null, Map.of());
        JobDefinition withPassword = new JobDefinition("pw", "cycle-close", "0 0 6 * * ?", null, null,
                new JobDefinition.Inputs(null, null, "jdbc:postgresql://hr/hr?password=secret", "hr; drop table x"), Map.of());

        assertThat(both.problems()).singleElement().asString().contains("either inputs.drop_folder").contains("or inputs.source_database");
        assertThat(neither.problems()).singleElement().asString().contains("either inputs.drop_folder");
        assertThat(withPassword.problems()).anySatisfy(p -> assertThat(p).contains("carries a password"))
                .anySatisfy(p -> assertThat(p).contains("source_schema must be a plain SQL name"))
                .anySatisfy(p -> assertThat(p).contains("needs parameters.cycle"));
    }

    @Test
    void anEmptyDropFolderIsNothingToDo() throws IOException {
        Path drop = Files.createDirectories(temp.resolve("empty"));

        DefinedJobs.Report report = jobs.run(close(drop), temp, Instant.now());

        assertThat(report.exitCode()).isZero();
        assertThat(report.lines()).containsExactly("no file matching *.xlsx in " + drop + "; nothing to do");
    }

    @Test
    void theQuarterlyReviewFiredInJanuaryReviewsTheQuarterThatEndedInDecember() {
        goalsImporter.importGoals(ImportSource.file(Path.of("sample-data/sample-goals.xlsx")), ImportOptions.defaults());
        JobDefinition review = new JobDefinition("review", "goals-review", "0 0 6 15 1,4,7,10 ?", "America/New_York", null, null,
                Map.of("quarter", "previous"));

        DefinedJobs.Report report = jobs.run(review, temp, Instant.parse("2027-01-15T11:00:00Z"));

        assertThat(report.exitCode()).isZero();
        assertThat(report.lines()).singleElement().asString().startsWith("FY2027Q1: review run ").contains("goals at HIGH risk [");
        assertThat(count("select count(*) from goal_review_run where quarter = 'FY2027Q1'")).isEqualTo(1);
    }
}
