package org.sescert.operations;

import java.nio.file.Path;

import org.sescert.importing.CycleImporter;
import org.sescert.importing.ImportOptions;
import org.sescert.importing.ImportSource;
import org.sescert.jobs.JobRunner;
import org.sescert.jobs.Subject;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/** Closes a cycle from its workbook: the cycle-close job (import, then check, then report), one close per cycle at a time. */
@Service
public class CycleCloser {

    /** What a close did: the load, whether it was refused (and why), the check run with its counts, and the package. */
    public record CloseOutcome(String cycleId, Path input, long jobExecutionId, long loadId, String refusal, Long checkRunId, long errors, long warnings,
                               String packageFolder) {
        public boolean refused() {
            return refusal != null;
        }

        /** The close in one line, as sescert run, sescert restart and the scheduler's console report it. */
        public String describe() {
            return refused() ? cycleId + ": load " + loadId + " refused: " + refusal
                    : cycleId + ": load " + loadId + " current; check run " + checkRunId + " found " + errors + " ERROR and " + warnings
                    + " WARNING findings; package in " + packageFolder + " (job execution " + jobExecutionId + ")";
        }
    }

    private final JobRunner jobs;
    private final Job closeJob;

    public CycleCloser(JobRunner jobs, @Qualifier(CycleCloseJobConfiguration.JOB_NAME) Job closeJob) {
        this.jobs = jobs;
        this.closeJob = closeJob;
    }

    /** Closes the cycle a file, a CSV folder or a source database holds. */
    public CloseOutcome close(ImportSource source, String requestedCycle, ImportOptions options, String policy) {
        String cycleId = CycleImporter.inspect(source, requestedCycle);
        JobExecution execution = jobs.start(closeJob, Subject.cycle("close", cycleId),
                () -> new CycleCloseParameters(source, cycleId, options, policy, System.currentTimeMillis()));
        return outcomeOf(execution);
    }

    /** What an execution of the close did: at its end, or after sescert restart. */
    public CloseOutcome outcomeOf(JobExecution execution) {
        CycleCloseParameters parameters = CycleCloseParameters.from(execution.getJobParameters());
        ExecutionContext context = execution.getExecutionContext();
        return new CloseOutcome(parameters.cycleId(), parameters.input(), execution.getId(), context.getLong(CycleCloseJobConfiguration.LOAD_ID, -1L),
                context.containsKey(CycleCloseJobConfiguration.REFUSAL) ? context.getString(CycleCloseJobConfiguration.REFUSAL) : null,
                context.containsKey(CycleCloseJobConfiguration.CHECK_RUN) ? context.getLong(CycleCloseJobConfiguration.CHECK_RUN) : null,
                context.getLong(CycleCloseJobConfiguration.ERRORS, 0L), context.getLong(CycleCloseJobConfiguration.WARNINGS, 0L),
                context.containsKey(CycleCloseJobConfiguration.REPORT_FOLDER) ? context.getString(CycleCloseJobConfiguration.REPORT_FOLDER) : null);
    }
}
