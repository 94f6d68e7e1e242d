package org.sescert.system;

/**
 * A request the program cannot carry out because of what the user gave it (a file, a cycle id,
 * a policy): one clear line, exit code 2, and nothing changed.
 */
public class RefusedException extends RuntimeException {

    public RefusedException(String reason) {
        super(reason);
    }

    public RefusedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
