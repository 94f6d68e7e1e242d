package org.sescert.checking;

import org.sescert.jobs.JobRequest;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;

/**
 * The check job's parameters: the run (identifying), which records the policy it applies, and
 * the cycle it checks.
 */
public record CheckJobParameters(long runId, String cycleId) implements JobRequest {

    private static final String RUN_ID = "run.id";
    private static final String CYCLE_ID = "cycle.id";

    @Override
    public JobParameters toJobParameters() {
        return new JobParametersBuilder().addLong(RUN_ID, runId).addString(CYCLE_ID, cycleId, false).toJobParameters();
    }

    public static CheckJobParameters from(JobParameters parameters) {
        return new CheckJobParameters(parameters.getLong(RUN_ID), parameters.getString(CYCLE_ID));
    }

    public static CheckJobParameters from(StepExecution step) {
        return from(step.getJobExecution().getJobParameters());
    }
}
