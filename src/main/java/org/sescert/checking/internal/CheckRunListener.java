package org.sescert.checking.internal;

import org.sescert.checking.CheckJobParameters;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.jdbc.core.JdbcTemplate;

/** A failed run never becomes the cycle's findings and leaves none behind, however it was started. */
public final class CheckRunListener implements JobExecutionListener {

    private final JdbcTemplate jdbc;

    public CheckRunListener(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void afterJob(JobExecution execution) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            return;
        }
        long runId = CheckJobParameters.from(execution.getJobParameters()).runId();
        jdbc.update("delete from finding where run_id = ?", runId);
        jdbc.update("update check_run set status = 'FAILED', finished_at = now(), job_execution_id = ? where run_id = ? and status = 'STARTED'",
                execution.getId(), runId);
    }
}
