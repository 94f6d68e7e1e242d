package org.sescert.rating;

/**
 * One finding of a check: which rule, how serious, about whom, a sentence a person can act on,
 * and the numbers behind it so that a reviewer can redo the reasoning.
 */
public record Finding(Rule rule, Severity severity, Scope scope, String subject, String message, String evidence) {

    public static Finding of(Policy policy, Rule rule, String subject, String message, String evidence) {
        return new Finding(rule, policy.severity(rule), rule.scope(), subject, message, evidence);
    }
}
