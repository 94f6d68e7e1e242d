package org.sescert.importing.internal;

import org.sescert.importing.WorkbookLayout;
import org.sescert.output.OutputFolders;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** The end of the import: the load gate's decision, and the outputs of an accepted or a refused load. */
public final class ImportOutputSteps {

    public static final String ACCEPTED = "ACCEPTED";
    public static final String REFUSED = "REFUSED";

    private ImportOutputSteps() {
    }

    /** Reads the load gate's decision from the job's context. */
    public static JobExecutionDecider decision() {
        return (JobExecution job, StepExecution step) -> {
            String refusal = job.getExecutionContext().getString(LoadGate.REFUSAL, "");
            return new FlowExecutionStatus(refusal.isEmpty() ? ACCEPTED : REFUSED);
        };
    }

    /** An accepted, published load: the cycle's folder becomes its outputs. */
    public static Tasklet acceptedOutputs(NamedParameterJdbcTemplate jdbc, OutputFolders outputs, WorkbookLayout layout) {
        return (StepContribution contribution, ChunkContext context) -> {
            StepExecution step = contribution.getStepExecution();
            LoadOutputs.write(jdbc, outputs, layout, ImportJobParameters.from(step).loadId(), step.getJobExecution().getJobInstance().getJobName(),
                    step.getJobExecutionId());
            return RepeatStatus.FINISHED;
        };
    }

    /**
     * A refused load: recorded as such with its reason, and its rejects written beside the cycle's
     * current outputs ({@code out/<cycle>/refused-load-<n>/}), so the analyst can fix the workbook.
     */
    public static Tasklet refusedOutputs(NamedParameterJdbcTemplate jdbc, OutputFolders outputs, WorkbookLayout layout) {
        return (StepContribution contribution, ChunkContext context) -> {
            StepExecution step = contribution.getStepExecution();
            long loadId = ImportJobParameters.from(step).loadId();
            String refusal = step.getJobExecution().getExecutionContext().getString(LoadGate.REFUSAL);
            jdbc.update("update load set status = 'REFUSED', refusal = :refusal, finished_at = now(), job_execution_id = :job where load_id = :load",
                    new org.springframework.jdbc.core.namedparam.MapSqlParameterSource().addValue("refusal", refusal)
                            .addValue("job", step.getJobExecutionId()).addValue("load", loadId));
            String subject = jdbc.queryForObject("select cycle_id from load where load_id = :load", java.util.Map.of("load", loadId), String.class);
            RejectsExport.write(jdbc, layout, loadId, refusedFolder(outputs, subject, loadId));
            StagingCleaner.discard(jdbc, layout, loadId);
            return RepeatStatus.FINISHED;
        };
    }

    public static org.sescert.output.OutputFolder refusedFolder(OutputFolders outputs, String cycleId, long loadId) {
        return outputs.of(cycleId).folder("refused-load-" + loadId);
    }
}
