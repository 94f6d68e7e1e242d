package org.sescert.rating;

import org.sescert.findings.Rule;
import org.sescert.findings.Finding;
import org.sescert.policy.Policy;
import java.util.ArrayList;
import java.util.List;

/** The rating rules: the recorded levels against the level the elements derive and the recommendations. */
public final class RatingRules {

    private RatingRules() {
    }

    public static List<Finding> check(ExecutiveCase e, Policy policy) {
        List<Finding> findings = new ArrayList<>();
        String id = e.executiveId();
        // The bands apply to a complete plan weighted to the policy's total; a defective plan is the
        // plan rules' finding, not a rating mismatch.
        DerivedRating derived = SummaryRatingDerivation.isDerivable(e.elements(), policy)
                ? SummaryRatingDerivation.derive(e.elements(), policy) : null;
        if (derived != null && e.initialLevel() != null && derived.level() != e.initialLevel()) {
            findings.add(policy.finding(Rule.RATING_INITIAL_MISMATCH, id,
                    "The recorded initial rating is Level " + e.initialLevel() + " but the element ratings derive Level " + derived.level()
                            + "; correct the elements or the initial rating.",
                    derived.arithmetic() + "; recorded L" + e.initialLevel()));
        }
        Integer baseline = e.initialLevel() != null ? e.initialLevel() : derived == null ? null : derived.level();
        Integer finalLevel = e.finalLevel();
        if (finalLevel != null && baseline != null && !finalLevel.equals(baseline)
                && !finalLevel.equals(e.prbLevel()) && !finalLevel.equals(e.hlrLevel())) {
            findings.add(policy.finding(Rule.RATING_FINAL_UNEXPLAINED, id,
                    "The final rating (Level " + finalLevel + ") differs from the initial with no PRB or higher-level review "
                            + "recommendation of that level; record the basis for it.",
                    (e.initialLevel() != null ? "initial L" + e.initialLevel() : "derived " + derived.arithmetic())
                            + ", PRB " + level(e.prbLevel()) + ", HLR " + level(e.hlrLevel()) + ", final L" + finalLevel));
        }
        if (finalLevel == null && e.periodDays() >= policy.timing().minimumPeriodDays()) {
            findings.add(policy.finding(Rule.RATING_MISSING, id,
                    "The executive served the minimum appraisal period but has no final rating; assign one or extend the period.",
                    "appraisal " + e.period() + " >= " + policy.timing().minimumPeriodDays() + "; no final rating"));
        }
        return findings;
    }

    private static String level(Integer level) {
        return level == null ? "none" : "L" + level;
    }
}
