package org.sescert.rating.job;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** Makes this run's findings the cycle's findings, in one transaction: earlier runs' findings go. */
final class CheckPublisher implements Tasklet {

    private final JdbcTemplate jdbc;

    CheckPublisher(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobParameters parameters = contribution.getStepExecution().getJobExecution().getJobParameters();
        String cycle = CheckJobParameters.cycleId(parameters);
        long runId = CheckJobParameters.runId(parameters);
        jdbc.update("delete from finding where cycle_id = ? and run_id <> ?", cycle, runId);
        jdbc.update("""
                insert into cycle_check (cycle_id, run_id) values (?, ?)
                on conflict (cycle_id) do update set run_id = excluded.run_id""", cycle, runId);
        jdbc.update("update check_run set status = 'DONE', finished_at = now(), job_execution_id = ? where run_id = ?",
                contribution.getStepExecution().getJobExecutionId(), runId);
        return RepeatStatus.FINISHED;
    }
}
