package org.sescert.reporting;

import org.sescert.jobs.JobRequest;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;

/**
 * The certification report job's parameters: the report run (identifying), which records the
 * load and the check run it describes and the folder it writes, and the cycle.
 */
public record CertificationReportParameters(long runId, String cycleId) implements JobRequest {

    private static final String RUN_ID = "report.run.id";
    private static final String CYCLE_ID = "cycle.id";

    @Override
    public JobParameters toJobParameters() {
        return new JobParametersBuilder().addLong(RUN_ID, runId).addString(CYCLE_ID, cycleId, false).toJobParameters();
    }

    public static CertificationReportParameters from(JobParameters parameters) {
        return new CertificationReportParameters(parameters.getLong(RUN_ID), parameters.getString(CYCLE_ID));
    }

    public static CertificationReportParameters from(StepExecution step) {
        return from(step.getJobExecution().getJobParameters());
    }
}
