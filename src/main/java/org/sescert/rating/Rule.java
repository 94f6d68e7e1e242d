package org.sescert.rating;

/**
 * The rule catalogue (spec section 6): each rule's code, what it is about, its default
 * severity (a policy pack may change it) and what it checks.
 */
public enum Rule {
    PLAN_WEIGHT_TOTAL(Scope.EXECUTIVE, Severity.ERROR, "element weights do not add up to the policy's total"),
    PLAN_RD_MIN_WEIGHT(Scope.EXECUTIVE, Severity.ERROR, "the policy's lead element is weighted under its minimum"),
    PLAN_ELEMENT_MIN_WEIGHT(Scope.EXECUTIVE, Severity.ERROR, "another element is weighted under its minimum"),
    PLAN_ELEMENT_OVER_RD(Scope.EXECUTIVE, Severity.ERROR, "an element outweighs the lead element where the policy forbids it"),
    PLAN_MISSING_ELEMENT(Scope.EXECUTIVE, Severity.ERROR, "the plan lacks a critical element the policy requires"),
    PLAN_LATE(Scope.EXECUTIVE, Severity.WARNING, "the plan was communicated after the appraisal period began"),

    RATING_INITIAL_MISMATCH(Scope.EXECUTIVE, Severity.ERROR, "the recorded initial level differs from the level the elements derive"),
    RATING_FINAL_UNEXPLAINED(Scope.EXECUTIVE, Severity.ERROR, "the final level differs from the initial with no PRB or HLR recommendation of it"),
    RATING_MISSING(Scope.EXECUTIVE, Severity.ERROR, "the appraisal period is over the minimum but there is no final rating"),

    PROC_MIN_PERIOD(Scope.EXECUTIVE, Severity.ERROR, "rated with fewer days in the appraisal period than the minimum"),
    PROC_TRANSITION(Scope.EXECUTIVE, Severity.ERROR, "a career executive rated within the transition window after a new administration began"),
    PROC_NO_PROGRESS_REVIEW(Scope.EXECUTIVE, Severity.WARNING, "no progress review was held"),
    PROC_PRB_BEFORE_SHARED(Scope.EXECUTIVE, Severity.ERROR, "the PRB reviewed the rating before it was shared with the executive"),
    PROC_HLR_NOT_PROVIDED(Scope.EXECUTIVE, Severity.WARNING, "a higher-level review was requested but none is recorded"),

    PRB_TOO_FEW(Scope.UNIT, Severity.ERROR, "the PRB has fewer members than the minimum"),
    PRB_CAREER_MAJORITY(Scope.UNIT, Severity.ERROR, "the PRB reviews career appointees without a career majority"),
    PRB_SELF_REVIEW(Scope.UNIT, Severity.WARNING, "a PRB member is an executive that PRB reviews"),
    PRB_NOT_PUBLISHED(Scope.UNIT, Severity.ERROR, "a member's appointment was not published in the Federal Register before service began"),

    ACTION_UNSATISFACTORY(Scope.EXECUTIVE, Severity.WARNING, "an unsatisfactory final rating: reassignment, transfer or removal from the SES is required"),
    ACTION_REMOVE_TWO_UNSAT_5Y(Scope.EXECUTIVE, Severity.WARNING, "two unsatisfactory final ratings within 5 years: removal from the SES is required"),
    ACTION_REMOVE_TWO_BELOW_FS_3Y(Scope.EXECUTIVE, Severity.WARNING, "two final ratings below fully successful within 3 years: removal from the SES is required");

    private final Scope scope;
    private final Severity severity;
    private final String checks;

    Rule(Scope scope, Severity severity, String checks) {
        this.scope = scope;
        this.severity = severity;
        this.checks = checks;
    }

    public Scope scope() {
        return scope;
    }

    /** The default severity; see {@link Policy#severity(Rule)} for the one in force. */
    public Severity severity() {
        return severity;
    }

    public String checks() {
        return checks;
    }
}
