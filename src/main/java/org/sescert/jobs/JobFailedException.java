package org.sescert.jobs;

/**
 * A job ended without completing for a reason that is not the user's input: its execution stays
 * in the job repository and can be restarted once the cause is fixed.
 */
public class JobFailedException extends RuntimeException {

    private final long jobExecutionId;

    public JobFailedException(String message, long jobExecutionId, Throwable cause) {
        super(message, cause);
        this.jobExecutionId = jobExecutionId;
    }

    /** The execution that failed, or -1 when the job never started. */
    public long jobExecutionId() {
        return jobExecutionId;
    }
}
