package org.sescert.goals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A goal's risk category and the sentences that explain it (spec section 8). The first that applies wins:
 * <ol>
 * <li>HIGH: an indicator's likelihood is under the high threshold (0.5), or the goal has at least
 * the high number (2) of overdue milestones;</li>
 * <li>MEDIUM: an indicator's likelihood is under the medium threshold (0.8), fewer overdue
 * milestones but at least one, or a contributor is not on track;</li>
 * <li>UNKNOWN: the goal has no indicators, or an indicator's likelihood is unknown;</li>
 * <li>LOW: otherwise.</li>
 * </ol>
 * A known danger outranks an unknown: a goal with one indicator failing and another without data
 * is HIGH, not UNKNOWN, because what is known already calls for action. UNKNOWN outranks LOW
 * because a goal cannot be called safe on indicators that cannot be judged. The reasons are those
 * of the category given, not of lesser ones.
 *
 * @param reasons short sentences with the numbers, e.g. "indicator I-2 likelihood 0.31 < 0.5 (...)"
 */
public record GoalRisk(RiskCategory category, List<String> reasons) {

    public GoalRisk {
        reasons = List.copyOf(reasons);
    }

    public static GoalRisk categorize(List<IndicatorFigures> indicators, List<Milestone> overdue, List<Contributor> offTrack,
                                      GoalReviewSettings settings) {
        List<String> high = new ArrayList<>();
        List<String> medium = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (IndicatorFigures f : indicators) {
            String id = "indicator " + f.indicatorId();
            if (!f.likelihoodKnown()) {
                unknown.add(id + " likelihood unknown: " + f.actualsUsed() + " actuals < " + settings.minimumActuals());
            } else if (f.likelihood() < settings.highLikelihood()) {
                high.add(id + " likelihood " + Numbers.probability(f.likelihood(), settings.highLikelihood()) + " < "
                        + Numbers.value(settings.highLikelihood()) + " (" + f.basis() + ")");
            } else if (f.likelihood() < settings.mediumLikelihood()) {
                medium.add(id + " likelihood " + Numbers.probability(f.likelihood(), settings.mediumLikelihood()) + " < "
                        + Numbers.value(settings.mediumLikelihood()) + " (" + f.basis() + ")");
            }
        }
        if (!overdue.isEmpty()) {
            String milestones = overdue.size() + (overdue.size() == 1 ? " overdue milestone" : " overdue milestones");
            String which = overdue.stream().map(m -> "\"" + m.milestone() + "\" due " + m.dueQuarter()).collect(Collectors.joining(", "));
            if (overdue.size() >= settings.highOverdueMilestones()) {
                high.add(milestones + " >= " + settings.highOverdueMilestones() + " (" + which + ")");
            } else {
                medium.add(milestones + " (" + which + ")");
            }
        }
        for (Contributor c : offTrack) {
            medium.add("contributor " + c.contributor() + " not on track" + (c.note() == null || c.note().isBlank() ? "" : ": " + c.note()));
        }
        if (indicators.isEmpty()) {
            unknown.add("the goal has no indicators");
        }
        if (!high.isEmpty()) {
            return new GoalRisk(RiskCategory.HIGH, high);
        }
        if (!medium.isEmpty()) {
            return new GoalRisk(RiskCategory.MEDIUM, medium);
        }
        if (!unknown.isEmpty()) {
            return new GoalRisk(RiskCategory.UNKNOWN, unknown);
        }
        IndicatorFigures lowest = indicators.stream().min(Comparator.comparingDouble(IndicatorFigures::likelihood)).orElseThrow();
        return new GoalRisk(RiskCategory.LOW, List.of("every indicator's likelihood >= " + Numbers.value(settings.mediumLikelihood())
                + " (lowest " + lowest.indicatorId() + " " + Numbers.probability(lowest.likelihood(), settings.mediumLikelihood())
                + "); no overdue milestone; no contributor off track"));
    }
}
