package org.sescert.findings;

/**
 * The rule catalogue (spec section 6): each rule's code, what it is about, its default
 * severity (a policy pack may change it) and what it checks. The goal-review rules sit here
 * too, so that every finding of every job is told in one vocabulary.
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
    ACTION_REMOVE_TWO_BELOW_FS_3Y(Scope.EXECUTIVE, Severity.WARNING, "two final ratings below fully successful within 3 years: removal from the SES is required"),

    DIST_QUOTA_PATTERN(Scope.AGENCY, Severity.WARNING, "at the initial or final stage, units' rating distributions are more alike than independent sampling would make them, "
            + "or 3+ units have identical shares (UNIT; INFO where chance gives such a cluster often)"),
    DIST_PRB_CURVE(Scope.UNIT, Severity.WARNING, "the PRB stage moved ratings in one direction only, flattening the distribution across units"),
    DIST_NO_DISTINCTION(Scope.UNIT, Severity.WARNING, "one level holds nearly all of a unit's initial or final ratings"),
    DIST_CAP_EXCEEDED(Scope.AGENCY, Severity.ERROR, "more career executives are rated Level 4 or 5 than the policy's cap allows"),

    ORG_ASSESSMENT_IGNORED(Scope.UNIT, Severity.WARNING, "a bottom-tier component's executives are rated at or above the agency mean"),
    ORG_ALIGNMENT_WEAK(Scope.AGENCY, Severity.WARNING, "component ratings do not follow component assessments"),
    ORG_ASSESSMENT_MISSING(Scope.UNIT, Severity.WARNING, "a component with rated executives has no organizational assessment"),

    PAY_AWARD_BELOW_FS(Scope.EXECUTIVE, Severity.ERROR, "a performance award with a final rating below fully successful"),
    PAY_AWARD_NONCAREER(Scope.EXECUTIVE, Severity.ERROR, "a performance award to an executive who is not a career appointee"),
    PAY_AWARD_RANGE(Scope.EXECUTIVE, Severity.ERROR, "a performance award outside the policy's share of basic pay, bounds rounded outward to the whole dollar"),
    PAY_POOL_CAP(Scope.AGENCY, Severity.ERROR, "the agency's awards exceed the statutory cap of 5 U.S.C. 5384(b)(3) (the greater of a share of aggregate "
            + "and a share of average career basic pay); a pay pool over the pack's pool budget, where it sets one, is INFO (UNIT)"),
    PAY_RAISE_BELOW_FS(Scope.EXECUTIVE, Severity.ERROR, "a basic-pay increase with a final rating below fully successful"),
    PAY_RAISE_CAP_L3(Scope.EXECUTIVE, Severity.ERROR, "a Level 3 rating with a basic-pay increase above the policy's cap, rounded up to the whole dollar"),
    PAY_MAX_EXCEEDED(Scope.EXECUTIVE, Severity.ERROR, "basic pay above the year's maximum"),
    PAY_INVERSION(Scope.UNIT, Severity.WARNING, "in a pay pool, a higher rating received a smaller award or raise than a lower one"),
    PAY_NOT_MONOTONIC(Scope.AGENCY, Severity.WARNING, "mean raises or awards do not rise with the rating, or awards follow the rating weakly"),
    PAY_LEVEL_OVERLAP(Scope.AGENCY, Severity.INFO, "award percentages of adjacent levels overlap (GAO-15-189)"),

    GOAL_HIGH_RISK(Scope.GOAL, Severity.WARNING, "a priority goal is at high risk of missing its targets (31 U.S.C. 1121(b)(4))"),
    GOAL_NO_STRATEGY(Scope.GOAL, Severity.ERROR, "a high-risk priority goal has no strategy for the quarter to improve performance (31 U.S.C. 1121(b)(5))"),
    GOAL_STALE_DATA(Scope.GOAL, Severity.WARNING, "an indicator has no actual for the quarter it was due to report"),
    GOAL_MILESTONE_OVERDUE(Scope.GOAL, Severity.WARNING, "a milestone due by the review quarter is not complete");

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

    /** The default severity; a policy pack may set another. */
    public Severity severity() {
        return severity;
    }

    public String checks() {
        return checks;
    }

    /**
     * A rule about data that is missing or unusable, which keeps other rules from speaking about
     * the same executive or unit: fix its findings first. Lists of findings show these first.
     */
    public boolean isRootCause() {
        return this == RATING_MISSING || this == PLAN_MISSING_ELEMENT || this == PLAN_WEIGHT_TOTAL || this == ORG_ASSESSMENT_MISSING;
    }
}
