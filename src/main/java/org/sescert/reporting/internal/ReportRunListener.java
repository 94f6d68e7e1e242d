package org.sescert.reporting.internal;

import org.sescert.reporting.CertificationReportParameters;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A report run that did not complete is recorded as failed, however it was started. Its files
 * stay in its staging folder, out of the package, so that a restart resumes where it stopped.
 */
public final class ReportRunListener implements JobExecutionListener {

    private final JdbcTemplate jdbc;

    public ReportRunListener(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void afterJob(JobExecution execution) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            return;
        }
        long runId = CertificationReportParameters.from(execution.getJobParameters()).runId();
        jdbc.update("update report_run set status = 'FAILED', finished_at = now(), job_execution_id = ? where run_id = ? and status = 'STARTED'",
                execution.getId(), runId);
    }
}
