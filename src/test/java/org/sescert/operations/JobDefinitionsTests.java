package org.sescert.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.CronExpression;
import org.sescert.system.RefusedException;

/** The job definitions of jobs/: the shipped examples are usable, and a bad folder is refused naming each problem. */
class JobDefinitionsTests {

    @TempDir
    Path folder;

    @Test
    void theShippedDefinitionsAreUsable() {
        List<JobDefinition> shipped = JobDefinitions.read(Path.of("jobs"));

        assertThat(shipped).extracting(JobDefinition::name).containsExactly("cycle-close", "goals-import", "goals-review");
        assertThat(shipped).allSatisfy(d -> assertThat(d.problems()).isEmpty());
        JobDefinition close = shipped.get(0);
        assertThat(close.job()).isEqualTo("cycle-close");
        assertThat(close.inputs().dropFolder()).isEqualTo("drop/cycle-close");
        assertThat(close.inputs().pattern()).isEqualTo("*.xlsx");
        assertThat(close.parameters()).containsEntry("max_rejected", "10");
        JobDefinition review = shipped.get(2);
        assertThat(review.parameters()).containsEntry("quarter", "previous");
        assertThat(review.timeZone()).isEqualTo("America/New_York");
    }

    @Test
    void theQuarterlyReviewFiresOnTheFifteenthAfterEachFiscalQuarter() throws Exception {
        JobDefinition review = JobDefinitions.named(Path.of("jobs"), "goals-review");
        CronExpression cron = new CronExpression(review.cron());
        cron.setTimeZone(java.util.TimeZone.getTimeZone(review.timeZone()));

        Instant after = Instant.parse("2026-11-25T00:00:00Z");
        Instant first = cron.getNextValidTimeAfter(java.util.Date.from(after)).toInstant();
        Instant second = cron.getNextValidTimeAfter(java.util.Date.from(first)).toInstant();

        ZoneId eastern = ZoneId.of("America/New_York");
        assertThat(first.atZone(eastern).toLocalDateTime()).hasToString("2027-01-15T06:00");
        assertThat(second.atZone(eastern).toLocalDateTime()).hasToString("2027-04-15T06:00");
        // Fired on 15 January, "previous" is the quarter that ended on 31 December.
        assertThat(DefinedJobs.quarter("previous", first, eastern)).isEqualTo("FY2027Q1");
    }

    @Test
    void aQuarterIsPreviousOrCurrentInTheDefinitionsTimeZoneOrWrittenOut() {
        // 03:00 UTC on 1 October is still 30 September in Washington: the last day of FY2026.
        Instant fire = Instant.parse("2026-10-01T03:00:00Z");

        assertThat(DefinedJobs.quarter("current", fire, ZoneId.of("America/New_York"))).isEqualTo("FY2026Q4");
        assertThat(DefinedJobs.quarter("previous", fire, ZoneId.of("America/New_York"))).isEqualTo("FY2026Q3");
        assertThat(DefinedJobs.quarter("current", fire, ZoneId.of("UTC"))).isEqualTo("FY2027Q1");
        assertThat(DefinedJobs.quarter("Previous", fire, ZoneId.of("UTC"))).isEqualTo("FY2026Q4");
        assertThat(DefinedJobs.quarter("FY2025Q2", fire, ZoneId.of("UTC"))).isEqualTo("FY2025Q2");
        assertThatThrownBy(() -> DefinedJobs.quarter("last", fire, ZoneId.of("UTC"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFolderWithBadDefinitionsIsRefusedNamingEveryProblem() throws IOException {
        Files.writeString(folder.resolve("a.yml"), "job: nightly\ncron: every day at six\n");
        Files.writeString(folder.resolve("b.yml"), "job: cycle-check\ncrn: \"0 0 6 * * ?\"\nparameters:\n  cycle: FY2026\n");
        Files.writeString(folder.resolve("c.yml"), "job: cycle-close\ncron: \"0 0 6 * * ?\"\ntime_zone: Mars/Olympus\nmisfire: later\n");
        Files.writeString(folder.resolve("d.yml"), "job: goals-review\ncron: \"0 0 6 15 1,4,7,10 ?\"\n");
        Files.writeString(folder.resolve("notes.txt"), "not a definition");

        assertThatThrownBy(() -> JobDefinitions.read(folder))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("jobs/a.yml: job must be one of cycle-close, cycle-check, goals-import, goals-review, not 'nightly'")
                .hasMessageContaining("jobs/a.yml: cron 'every day at six' is not a Quartz cron expression")
                .hasMessageContaining("jobs/b.yml is not a job definition: Unrecognized property \"crn\"")
                .hasMessageContaining("jobs/c.yml: time_zone 'Mars/Olympus' is not a time zone")
                .hasMessageContaining("jobs/c.yml: misfire must be fire-once or skip, not 'later'")
                .hasMessageContaining("jobs/c.yml: a cycle-close job needs either inputs.drop_folder")
                .hasMessageContaining("jobs/d.yml: a goals-review job needs parameters.quarter")
                .hasMessageNotContaining("notes");
    }

    @Test
    void aGoodDefinitionHasNoProblemsAndTakesTheDefaults() throws IOException {
        Files.writeString(folder.resolve("check.yml"), "job: cycle-check\ncron: \"0 0 6 * * ?\"\nparameters:\n  cycle: FY2026\n");

        JobDefinition check = JobDefinitions.named(folder, "check");

        assertThat(check.problems()).isEmpty();
        assertThat(check.timeZone()).isEqualTo("UTC");
        assertThat(check.misfire()).isEqualTo("fire-once");
    }

    @Test
    void anUnknownNameIsRefusedListingTheDefinitionsThereAre() throws IOException {
        Files.writeString(folder.resolve("check.yml"), "job: cycle-check\ncron: \"0 0 6 * * ?\"\nparameters:\n  cycle: FY2026\n");

        assertThatThrownBy(() -> JobDefinitions.named(folder, "close"))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("there is no job definition " + folder.resolve("close.yml"))
                .hasMessageEndingWith("the jobs folder has check.");
    }
}
