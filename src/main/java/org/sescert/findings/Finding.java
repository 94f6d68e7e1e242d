package org.sescert.findings;

/**
 * One finding of a check: which rule, how serious, about whom, a sentence a person can act on,
 * and the numbers behind it so that a reviewer can redo the reasoning. Cycle checks, analytics
 * and goal reviews all report in this one form.
 */
public record Finding(Rule rule, Severity severity, Scope scope, String subject, String message, String evidence) {
}
