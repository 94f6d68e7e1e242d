package org.sescert.cli;

/** The exit codes of every command (spec section 2). */
public final class ExitCodes {

    public static final int OK = 0;
    /** The job ran but found ERROR findings or rejected rows. */
    public static final int FINDINGS = 1;
    /** Bad usage, or input that cannot be used at all. */
    public static final int UNUSABLE = 2;
    /** An internal failure. */
    public static final int INTERNAL = 3;
    /** Busy: the data folder's database is in use by another process, or the same job runs for the same cycle; run the command again later. */
    public static final int BUSY = 4;

    private ExitCodes() {
    }
}
