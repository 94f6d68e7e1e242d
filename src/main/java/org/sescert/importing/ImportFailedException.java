package org.sescert.importing;

/** The import job failed for a reason that is not the input's fault; it can be restarted. */
public class ImportFailedException extends RuntimeException {

    private final long jobExecutionId;

    public ImportFailedException(String message, long jobExecutionId, Throwable cause) {
        super(message, cause);
        this.jobExecutionId = jobExecutionId;
    }

    public long jobExecutionId() {
        return jobExecutionId;
    }
}
