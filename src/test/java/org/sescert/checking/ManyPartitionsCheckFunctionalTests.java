package org.sescert.checking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sescert.importing.CycleImporter;
import org.sescert.importing.ImportSource;
import org.sescert.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A check split into more partitions than the connection pool could serve at once (as on a
 * machine of many cores, one partition a core): the partitions take turns, and together they read
 * every executive once and find what the check finds.
 */
@TestPropertySource(properties = "sescert.partitions=12")
class ManyPartitionsCheckFunctionalTests extends DatabaseTest {

    @Autowired
    CycleImporter importer;

    @Autowired
    CycleChecker checker;

    @Autowired
    org.sescert.jobs.JobRunner jobs;

    @Test
    void twelvePartitionsReadEveryExecutiveOnceAndFindTheSamplesDefects() throws Exception {
        importer.importCycle(ImportSource.file(Path.of("sample-data/sample-cycle.xlsx")), null);

        CheckOutcome outcome = checker.check("FY2026", null);

        List<Long> reads = jdbc.queryForList("""
                select s.read_count from batch_step_execution s join check_run r on r.job_execution_id = s.job_execution_id
                where r.run_id = ? and s.step_name like 'check-executives-partition:%'""", Long.class, outcome.runId());
        assertThat(reads).hasSize(12);
        // Never more than three at once: the pool has eight connections and each partition holds two.
        assertThat(jdbc.queryForObject("""
                select max((select count(*) from batch_step_execution o
                            where o.job_execution_id = s.job_execution_id and o.step_name like 'check-executives-partition:%'
                              and o.start_time <= s.start_time and o.end_time > s.start_time))
                from batch_step_execution s join check_run r on r.job_execution_id = s.job_execution_id
                where r.run_id = ? and s.step_name like 'check-executives-partition:%'""", Long.class, outcome.runId())).isBetween(1L, 3L);
        assertThat(reads.stream().mapToLong(Long::longValue).sum())
                .isEqualTo(jdbc.queryForObject("select count(*) from executive where cycle_id = 'FY2026'", Long.class));
        List<String> perExecutive = jdbc.queryForList("""
                select rule || ' ' || subject from finding where run_id = ? and rule in ('PLAN_WEIGHT_TOTAL', 'RATING_INITIAL_MISMATCH', 'PLAN_LATE')
                order by 1""", String.class, outcome.runId());
        assertThat(perExecutive).containsExactly("PLAN_LATE SA-0030", "PLAN_WEIGHT_TOTAL SA-0015", "PLAN_WEIGHT_TOTAL SA-0033",
                "RATING_INITIAL_MISMATCH SA-0020");
    }

    @Test
    void aCheckFailedWithAPartitionLeftStartedByAKilledWorkerRestartsThatPartition() throws Exception {
        importer.importCycle(ImportSource.file(Path.of("sample-data/sample-cycle.xlsx")), "FY2026");
        CheckOutcome outcome = checker.check("FY2026", null);
        long execution = jdbc.queryForObject("select job_execution_id from check_run where run_id = ?", Long.class, outcome.runId());
        // As a manager leaves it when its wait for a killed worker times out: the job and the
        // manager step FAILED, the worker's partition still STARTED, nothing after it run.
        jdbc.update("update batch_job_execution set status = 'FAILED', exit_code = 'FAILED' where job_execution_id = ?", execution);
        jdbc.update("update batch_step_execution set status = 'FAILED', exit_code = 'FAILED' where job_execution_id = ? and step_name = 'check-executives'",
                execution);
        jdbc.update("""
                update batch_step_execution set status = 'STARTED', exit_code = 'EXECUTING', end_time = null
                where job_execution_id = ? and step_name = 'check-executives-partition:partition3'""", execution);
        jdbc.update("delete from batch_step_execution_context where step_execution_id in (select step_execution_id from batch_step_execution "
                + "where job_execution_id = ? and step_name not like 'check-executives%')", execution);
        jdbc.update("delete from batch_step_execution where job_execution_id = ? and step_name not like 'check-executives%'", execution);

        var restarted = jobs.restart(execution);

        assertThat(restarted.getStatus()).isEqualTo(org.springframework.batch.core.BatchStatus.COMPLETED);
        // Only the partition left STARTED ran again; the eleven that completed were not repeated.
        assertThat(jdbc.queryForList("select step_name from batch_step_execution where job_execution_id = ? and step_name like 'check-executives-partition:%'",
                String.class, restarted.getId())).containsExactly("check-executives-partition:partition3");
        assertThat(jdbc.queryForObject("select status from batch_step_execution where job_execution_id = ? and step_name = 'check-executives-partition:partition3'",
                String.class, execution)).isEqualTo("FAILED");
    }
}
