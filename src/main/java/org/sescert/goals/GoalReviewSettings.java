package org.sescert.goals;

import java.util.Map;

import org.sescert.findings.Finding;
import org.sescert.findings.Rule;
import org.sescert.findings.Scope;
import org.sescert.findings.Severity;

/**
 * The thresholds of the goal review (spec section 8). Plain data so that it can be read from a
 * settings file; {@link #defaults()} holds the spec's values.
 *
 * @param highLikelihood            an indicator whose likelihood of meeting its target is under this makes the goal HIGH risk
 * @param mediumLikelihood          under this, MEDIUM risk
 * @param highOverdueMilestones     this many overdue milestones make the goal HIGH risk; fewer, but at least one, MEDIUM
 * @param minimumActuals            fewer actuals than this and the likelihood is UNKNOWN; at least 3, so the fit keeps a degree of freedom
 * @param predictionLevel           the two-sided level of the prediction interval at the target quarter, e.g. 0.80
 * @param severities                severities that replace a goal rule's default; may be null
 */
public record GoalReviewSettings(double highLikelihood, double mediumLikelihood, int highOverdueMilestones, int minimumActuals,
                                 double predictionLevel, Map<Rule, Severity> severities) {

    public GoalReviewSettings {
        if (!(highLikelihood > 0 && highLikelihood <= mediumLikelihood && mediumLikelihood <= 1)) {
            throw new IllegalArgumentException("Likelihood thresholds must satisfy 0 < high <= medium <= 1; got high " + highLikelihood
                    + ", medium " + mediumLikelihood + ".");
        }
        if (highOverdueMilestones < 1) {
            throw new IllegalArgumentException("highOverdueMilestones must be at least 1; got " + highOverdueMilestones + ".");
        }
        if (minimumActuals < 3) {
            throw new IllegalArgumentException("minimumActuals must be at least 3 (a line through 2 points has no error to measure); got "
                    + minimumActuals + ".");
        }
        if (!(predictionLevel > 0 && predictionLevel < 1)) {
            throw new IllegalArgumentException("predictionLevel must be between 0 and 1, e.g. 0.80; got " + predictionLevel + ".");
        }
        severities = severities == null ? Map.of() : Map.copyOf(severities);
        for (Rule rule : severities.keySet()) {
            if (rule.scope() != Scope.GOAL) {
                throw new IllegalArgumentException(rule + " is not a goal-review rule; the goal review's severities cover GOAL_* rules only.");
            }
        }
    }

    /** The spec's thresholds: HIGH under 0.5 or 2+ overdue milestones, MEDIUM under 0.8, 3 actuals, an 80% interval. */
    public static GoalReviewSettings defaults() {
        return new GoalReviewSettings(0.5, 0.8, 2, 3, 0.80, Map.of());
    }

    public Severity severity(Rule rule) {
        return severities.getOrDefault(rule, rule.severity());
    }

    /** A finding of a goal rule at the severity these settings give it. */
    public Finding finding(Rule rule, String goalId, String message, String evidence) {
        return new Finding(rule, severity(rule), rule.scope(), goalId, message, evidence);
    }
}
