package org.sescert.policy;

/** A policy that cannot be used: not found, not valid YAML, or inconsistent. The command stops with exit code 2. */
public class PolicyException extends RuntimeException {

    public PolicyException(String message) {
        super(message);
    }

    public PolicyException(String message, Throwable cause) {
        super(message, cause);
    }
}
