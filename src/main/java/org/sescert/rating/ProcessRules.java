package org.sescert.rating;

import org.sescert.findings.Finding;
import org.sescert.findings.Rule;
import org.sescert.policy.Policy;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** The process rules: periods, timing and the steps the model system requires (sections 3, 7, 9, 10). */
public final class ProcessRules {

    private ProcessRules() {
    }

    public static List<Finding> check(ExecutiveCase e, CycleContext cycle, Policy policy) {
        List<Finding> findings = new ArrayList<>();
        String id = e.executiveId();
        int minimum = policy.timing().minimumPeriodDays();
        if (e.finalLevel() != null && e.periodDays() < minimum) {
            findings.add(policy.finding(Rule.PROC_MIN_PERIOD, id,
                    "The executive was rated after fewer than " + minimum + " days in the appraisal period; extend the period before rating.",
                    "appraisal " + e.period() + " < " + minimum + "; final L" + e.finalLevel()));
        }
        LocalDate administration = cycle.administrationStart();
        LocalDate rated = e.finalRatingDate();
        if (e.career() && administration != null && rated != null && !rated.isBefore(administration)
                && rated.isBefore(administration.plusDays(policy.timing().transitionDays()))) {
            findings.add(policy.finding(Rule.PROC_TRANSITION, id,
                    "A career executive was rated within " + policy.timing().transitionDays()
                            + " days after a new Presidential administration began; the rating must wait.",
                    "administration began " + administration + "; rated " + rated + ", "
                            + ChronoUnit.DAYS.between(administration, rated) + " days after (< " + policy.timing().transitionDays() + ")"));
        }
        boolean reviewDuringPeriod = e.progressReview() != null
                && !e.progressReview().isBefore(e.appraisalStart()) && !e.progressReview().isAfter(e.appraisalEnd());
        if (!reviewDuringPeriod && e.periodDays() >= minimum) {
            findings.add(policy.finding(Rule.PROC_NO_PROGRESS_REVIEW, id,
                    "No progress review is recorded during the appraisal period; each executive must have at least one.",
                    (e.progressReview() == null ? "no progress review date" : "progress review " + e.progressReview() + " outside")
                            + "; appraisal " + e.period()));
        }
        if (e.prbReview() != null && (e.initialShared() == null || e.prbReview().isBefore(e.initialShared()))) {
            findings.add(policy.finding(Rule.PROC_PRB_BEFORE_SHARED, id,
                    "The PRB reviewed a rating the executive had not yet been given to respond to; the PRB must see it only after.",
                    "PRB review " + e.prbReview() + "; initial rating shared " + (e.initialShared() == null ? "never" : e.initialShared())));
        }
        if (Boolean.TRUE.equals(e.hlrRequested()) && e.hlrLevel() == null) {
            findings.add(policy.finding(Rule.PROC_HLR_NOT_PROVIDED, id,
                    "The executive asked for a higher-level review but none is recorded; provide it or document why it is not possible.",
                    "HLR requested: Y; no HLR level"));
        }
        return findings;
    }
}
