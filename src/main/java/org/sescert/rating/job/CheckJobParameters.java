package org.sescert.rating.job;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/** The check job's parameters: the run (identifying), the cycle and the policy it applies. */
public final class CheckJobParameters {

    static final String RUN_ID = "run.id";
    static final String CYCLE_ID = "cycle.id";
    static final String POLICY = "policy";

    private CheckJobParameters() {
    }

    static JobParameters of(long runId, String cycleId, String policySource) {
        return new JobParametersBuilder()
                .addLong(RUN_ID, runId)
                .addString(CYCLE_ID, cycleId, false)
                .addString(POLICY, policySource, false)
                .toJobParameters();
    }

    public static long runId(JobParameters p) {
        return p.getLong(RUN_ID);
    }

    public static String cycleId(JobParameters p) {
        return p.getString(CYCLE_ID);
    }

    public static String policy(JobParameters p) {
        return p.getString(POLICY);
    }
}
