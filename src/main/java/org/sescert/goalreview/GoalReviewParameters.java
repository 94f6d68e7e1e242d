package org.sescert.goalreview;

import org.sescert.jobs.JobRequest;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;

/** The goal review job's parameters: the run (identifying), which records the quarter, the goals load, the settings and the folder. */
public record GoalReviewParameters(long runId, String quarter) implements JobRequest {

    private static final String RUN_ID = "goal.review.run.id";
    private static final String QUARTER = "quarter";

    @Override
    public JobParameters toJobParameters() {
        return new JobParametersBuilder().addLong(RUN_ID, runId).addString(QUARTER, quarter, false).toJobParameters();
    }

    public static GoalReviewParameters from(JobParameters parameters) {
        return new GoalReviewParameters(parameters.getLong(RUN_ID), parameters.getString(QUARTER));
    }

    public static GoalReviewParameters from(StepExecution step) {
        return from(step.getJobExecution().getJobParameters());
    }
}
