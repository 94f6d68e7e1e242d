package org.sescert.rating;

import org.sescert.findings.Rule;
import org.sescert.findings.Finding;
import org.sescert.policy.Policy;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Poor performance across cycles (5 U.S.C. 4314(b), model system section 11): this cycle's final
 * rating against the final ratings of earlier cycles. A pair counts only when it includes this
 * cycle's rating; earlier pairs were earlier cycles' business.
 */
public final class ActionRules {

    private ActionRules() {
    }

    public static List<Finding> check(ExecutiveCase e, CycleContext cycle, Policy policy) {
        List<Finding> findings = new ArrayList<>();
        if (e.finalLevel() == null) {
            return findings;
        }
        Policy.Actions actions = policy.actions();
        // Without a rating date, the end of the appraisal period stands in for it.
        LocalDate ratedOn = e.finalRatingDate() != null ? e.finalRatingDate() : e.appraisalEnd();
        String current = "L" + e.finalLevel() + " " + cycle.cycleId() + " (" + ratedOn + ")";
        if (e.finalLevel() == actions.unsatisfactoryLevel()) {
            findings.add(policy.finding(Rule.ACTION_UNSATISFACTORY, e.executiveId(),
                    "The final rating is unsatisfactory: the executive must be reassigned, transferred or removed from the SES.",
                    "final " + current));
            earlier(e, cycle, ratedOn, actions.twoUnsatisfactoryYears(), level -> level == actions.unsatisfactoryLevel())
                    .ifPresent(past -> findings.add(policy.finding(Rule.ACTION_REMOVE_TWO_UNSAT_5Y, e.executiveId(),
                            "Two unsatisfactory final ratings within " + actions.twoUnsatisfactoryYears()
                                    + " years: the executive must be removed from the SES.",
                            pair(past, current, ratedOn, actions.twoUnsatisfactoryYears()))));
        }
        if (e.finalLevel() < actions.fullySuccessfulLevel()) {
            earlier(e, cycle, ratedOn, actions.twoBelowFullySuccessfulYears(), level -> level < actions.fullySuccessfulLevel())
                    .ifPresent(past -> findings.add(policy.finding(Rule.ACTION_REMOVE_TWO_BELOW_FS_3Y, e.executiveId(),
                            "Two final ratings below fully successful within " + actions.twoBelowFullySuccessfulYears()
                                    + " years: the executive must be removed from the SES.",
                            pair(past, current, ratedOn, actions.twoBelowFullySuccessfulYears()))));
        }
        return findings;
    }

    /** The latest earlier final rating of the given kind no more than {@code years} before this one. */
    private static Optional<ExecutiveCase.PastRating> earlier(ExecutiveCase e, CycleContext cycle, LocalDate ratedOn, int years,
                                                             java.util.function.IntPredicate kind) {
        return e.history().stream()
                .filter(p -> !p.cycleId().equals(cycle.cycleId()))
                .filter(p -> kind.test(p.level()))
                .filter(p -> !p.ratedOn().isAfter(ratedOn) && !ratedOn.isAfter(p.ratedOn().plusYears(years)))
                .max(Comparator.comparing(ExecutiveCase.PastRating::ratedOn));
    }

    private static String pair(ExecutiveCase.PastRating past, String current, LocalDate ratedOn, int years) {
        return "L" + past.level() + " " + past.cycleId() + " (" + past.ratedOn() + ") and " + current + ": "
                + ChronoUnit.DAYS.between(past.ratedOn(), ratedOn) + " days apart, within " + years + " years";
    }
}
