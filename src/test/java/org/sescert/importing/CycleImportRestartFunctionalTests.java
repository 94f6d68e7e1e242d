package org.sescert.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sescert.generate.CycleFiles;
import org.sescert.jobs.JobFailedException;
import org.sescert.generate.CycleGenerator;
import org.sescert.support.DatabaseTest;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A failed import restarts where it stopped and ends exactly as a clean run does: the sheets
 * already staged are not read again, the sheet that failed resumes after its last commit, and
 * no row is lost or doubled.
 */
class CycleImportRestartFunctionalTests extends DatabaseTest {

    @Autowired
    CycleImporter importer;

    @Autowired
    JobOperator jobOperator;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    ImportSettings settings;

    private Path input;
    private int chunk;

    @BeforeEach
    void bigEnoughForSeveralChunks() throws Exception {
        chunk = settings.chunkSize();
        input = Files.createTempDirectory("restart").resolve("csv");
        // Five element rows an executive: four chunks of elements.
        var cycle = new CycleGenerator(11).generate(4 * chunk / 5);
        cycle.cycleValues().put("cycle_id", "FY2031");
        CycleFiles.writeCsv(cycle, input);
        jdbc.execute("""
                create table if not exists test_fail_at (stage text primary key, at_row bigint not null);
                create or replace function test_fail_stage() returns trigger language plpgsql as $$
                begin
                    if exists (select 1 from test_fail_at where stage = tg_table_name and at_row = new.row_number) then
                        raise exception 'injected failure for the restart test';
                    end if;
                    return new;
                end $$;
                drop trigger if exists test_fail_elements on load_element_rating;
                create trigger test_fail_elements before insert on load_element_rating for each row execute function test_fail_stage();
                """);
    }

    @AfterEach
    void removeTheFault() {
        jdbc.execute("drop trigger if exists test_fail_elements on load_element_rating; delete from test_fail_at;");
    }

    @Test
    void anImportThatFailsMidSheetRestartsFromItsLastCommitAndLoadsEveryRowOnce() throws Exception {
        // Elements row 3.5 chunks in lies in the fourth chunk: three chunks are committed before it.
        jdbc.update("insert into test_fail_at values ('load_element_rating', ?)", 3 * chunk + chunk / 2);
        JobFailedException failure = catchFailure();
        long executionId = failure.jobExecutionId();
        assertThat(count("select count(*) from cycle where cycle_id = 'FY2031'")).isZero();
        long loadId = count("select max(load_id) from load where cycle_id = 'FY2031'");
        assertThat(count("select count(*) from load_element_rating where load_id = ?", loadId)).isEqualTo(3L * chunk);
        assertThat(count("select count(*) from load_executive where load_id = ?", loadId)).isEqualTo(4L * chunk / 5);

        jdbc.update("delete from test_fail_at");
        JobExecution restarted = jobOperator.restart(jobRepository.getJobExecution(executionId));

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getStepExecutions()).extracting(s -> s.getStepName())
                .doesNotContain("import-Executives").contains("import-Elements", "import-publish");
        List<String> restartedContents = cycleContents("FY2031");
        assertThat(jdbc.queryForList("select sheet || ' ' || rows_read || '=' || rows_loaded || '+' || rows_rejected "
                + "from load_sheet_count where load_id = ? order by sheet", String.class, loadId))
                .contains("Executives %1$d=%1$d+0".formatted(4 * chunk / 5), "Elements %1$d=%1$d+0".formatted(4 * chunk), "Pay %1$d=%1$d+0".formatted(4 * chunk / 5));
        // The rows were copied once, straight into the load's own rows, which the restart completed.
        assertThat(count("select count(*) from load_element_rating where load_id = ?", loadId)).isEqualTo(4L * chunk);

        importer.importCycle(ImportSource.file(input), "FY2031");
        assertThat(cycleContents("FY2031")).isEqualTo(restartedContents);
    }

    @Test
    void aLoadLeftBehindByAKilledImportIsClearedByTheNextImportOfTheCycle() throws Exception {
        // A cycle of its own, so that the other tests' FY2031 is never current.
        Path own = Files.createTempDirectory("abandoned").resolve("csv");
        var cycle = new CycleGenerator(12).generate(4 * chunk / 5);
        cycle.cycleValues().put("cycle_id", "FY2032");
        CycleFiles.writeCsv(cycle, own);
        // Row 1.5 chunks in: the first chunk is committed.
        jdbc.update("insert into test_fail_at values ('load_element_rating', ?)", chunk + chunk / 2);
        assertThatThrownBy(() -> importer.importCycle(ImportSource.file(own), "FY2032")).isInstanceOf(JobFailedException.class);
        long abandoned = count("select max(load_id) from load where cycle_id = 'FY2032'");
        // A killed process records nothing: its load stays STARTED, with its rows in the load tables.
        jdbc.update("update load set status = 'STARTED', finished_at = null where load_id = ?", abandoned);
        assertThat(count("select count(*) from load_element_rating where load_id = ?", abandoned)).isEqualTo(chunk);
        jdbc.update("delete from test_fail_at");

        importer.importCycle(ImportSource.file(own), "FY2032");

        assertThat(jdbc.queryForObject("select status from load where load_id = ?", String.class, abandoned)).isEqualTo("FAILED");
        for (String table : List.of("load_executive", "load_element_rating", "load_pay", "load_rating_history")) {
            assertThat(count("select count(*) from " + table + " where load_id = ?", abandoned)).as(table).isZero();
        }
        assertThat(count("select count(*) from load_element_rating where load_id = (select load_id from cycle where cycle_id = 'FY2032')"))
                .isEqualTo(4L * chunk);
    }

    private JobFailedException catchFailure() {
        try {
            importer.importCycle(ImportSource.file(input), "FY2031");
        } catch (JobFailedException e) {
            assertThat(e.jobExecutionId()).isPositive();
            return e;
        }
        throw new AssertionError("the injected failure did not stop the import");
    }

    @Test
    void theFailureIsReportedWithoutTheRowValuesTheDatabaseQuoted() throws Exception {
        Path log = logFile();
        long logged = Files.exists(log) ? Files.size(log) : 0;
        jdbc.update("insert into test_fail_at values ('load_element_rating', 3)");
        assertThatThrownBy(() -> importer.importCycle(ImportSource.file(input), "FY2031"))
                .isInstanceOf(JobFailedException.class)
                .hasMessageContaining("ended FAILED")
                .hasMessageContaining("injected failure")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("SA-0001").doesNotContain("\n"));
        // PostgreSQL quotes the row a COPY failed on in the error's context; the log keeps where, not what.
        List<String> copyLines = linesAfter(log, logged).stream().filter(l -> l.contains("COPY load_element_rating, line")).toList();
        assertThat(copyLines).isNotEmpty().allSatisfy(l -> assertThat(l).endsWith("[row detail removed]"));
    }

    /** Where the log goes now: another test of the same JVM may have pointed it at a data folder of its own. */
    private static Path logFile() {
        var context = (ch.qos.logback.classic.LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory();
        var appender = (ch.qos.logback.core.FileAppender<?>) context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("FILE");
        return Path.of(appender.getFile());
    }

    /** The lines a log file gained after it had {@code from} bytes (every test JVM of the build appends to it). */
    private static List<String> linesAfter(Path file, long from) throws java.io.IOException {
        byte[] all = Files.readAllBytes(file);
        return new String(all, (int) Math.min(from, all.length), (int) Math.max(0, all.length - from), java.nio.charset.StandardCharsets.UTF_8)
                .lines().toList();
    }
}
