package org.sescert.jobs;

import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * The typed parameters of one job, as a record (one per job). The record turns itself into
 * Spring Batch's parameters and back ({@code from(JobParameters)} on each record), so that no
 * step reads a parameter by a string key of its own.
 */
public interface JobRequest {

    /** The job's own parameters; the runner adds the subject (see {@link JobRunner}). */
    JobParameters toJobParameters();
}
