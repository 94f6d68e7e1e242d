package org.sescert.importing.internal;

import java.util.Map;

import org.sescert.importing.WorkbookLayout;
import org.sescert.jobs.JobRunner;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Keeps the load record true to how its job ended, however the job was started (a command, a
 * restart, the scheduler). A failed load keeps its staged rows so that it can be restarted; a
 * load refused for its input cannot be, so its staged rows go at once.
 */
public final class ImportRunListener implements JobExecutionListener {

    private final NamedParameterJdbcTemplate jdbc;
    private final WorkbookLayout layout;

    public ImportRunListener(NamedParameterJdbcTemplate jdbc, WorkbookLayout layout) {
        this.jdbc = jdbc;
        this.layout = layout;
    }

    @Override
    public void afterJob(JobExecution execution) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            return;
        }
        long loadId = ImportJobParameters.from(execution.getJobParameters()).loadId();
        // A load that got as far as publishing stays LOADED: the cycle already points to it.
        jdbc.update("update load set status = 'FAILED', finished_at = now(), job_execution_id = :job where load_id = :load and status = 'STARTED'",
                Map.of("load", loadId, "job", execution.getId()));
        if (JobRunner.refusal(execution.getAllFailureExceptions()) != null) {
            StagingCleaner.discard(jdbc, layout, loadId);
        }
    }
}
