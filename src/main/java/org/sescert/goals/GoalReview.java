package org.sescert.goals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sescert.findings.Finding;
import org.sescert.findings.Rule;

/**
 * The PIO's quarterly review of one priority goal (31 U.S.C. 1121(b); spec section 8): the
 * figures of its indicators, its milestones and contributors, its risk category (see
 * {@link GoalRisk} for the order in which the categories apply) and the findings. Rows of other
 * goals are ignored, so a caller may pass a whole workbook's milestones, contributors and strategies.
 */
public final class GoalReview {

    private GoalReview() {
    }

    public static GoalAssessment assess(PriorityGoal goal, List<Indicator> indicators, Map<String, List<IndicatorActual>> actualsByIndicator,
                                        List<Milestone> milestones, List<Contributor> contributors, List<Strategy> strategies,
                                        Quarter review, GoalReviewSettings settings) {
        String id = goal.goalId();
        List<IndicatorFigures> figures = indicators.stream().filter(i -> i.goalId().equals(id))
                .map(i -> IndicatorReview.figures(i, actualsByIndicator.getOrDefault(i.indicatorId(), List.of()), review, settings))
                .toList();
        List<Milestone> overdue = milestones.stream().filter(m -> m.goalId().equals(id) && m.isOverdueAt(review))
                .sorted(Comparator.comparing(Milestone::dueQuarter)).toList();
        List<Contributor> offTrack = contributors.stream().filter(c -> c.goalId().equals(id) && c.isOffTrack()).toList();
        List<Strategy> ofGoal = strategies.stream().filter(s -> s.goalId().equals(id) && !s.strategy().isBlank()).toList();
        boolean strategyForQuarter = ofGoal.stream().anyMatch(s -> s.quarter().equals(review));
        GoalRisk risk = GoalRisk.categorize(figures, overdue, offTrack, settings);

        List<Finding> findings = new ArrayList<>();
        if (risk.category() == RiskCategory.HIGH) {
            findings.add(settings.finding(Rule.GOAL_HIGH_RISK, id,
                    "The goal is at high risk of not meeting its planned level of performance; review it with the goal leader, "
                            + goal.goalLeader() + ", and identify prospects and strategies for improvement.",
                    "risk HIGH in " + review + ": " + String.join("; ", risk.reasons())));
            if (!strategyForQuarter) {
                Optional<Quarter> latest = ofGoal.stream().map(Strategy::quarter).filter(q -> q.isBefore(review)).max(Comparator.naturalOrder());
                findings.add(settings.finding(Rule.GOAL_NO_STRATEGY, id,
                        "The goal is at high risk and has no strategy for " + review + "; record the prospects and strategies for improvement,"
                                + " including any changes needed to program activities, regulations or policies.",
                        "risk HIGH; no strategy for " + id + " in " + review
                                + latest.map(q -> "; latest strategy " + q).orElse("; no strategy in any earlier quarter")));
            }
        }
        for (IndicatorFigures f : figures) {
            if (f.staleData()) {
                findings.add(settings.finding(Rule.GOAL_STALE_DATA, id,
                        "Indicator " + f.indicatorId() + " (" + f.indicator().name() + ") has no actual for " + f.dueQuarter()
                                + ", the quarter it was due to report; obtain it so that the review rests on current data.",
                        staleEvidence(f)));
            }
        }
        for (Milestone m : overdue) {
            int late = Quarter.quartersBetween(m.dueQuarter(), review);
            findings.add(settings.finding(Rule.GOAL_MILESTONE_OVERDUE, id,
                    "Milestone \"" + m.milestone() + "\" was due in " + m.dueQuarter() + " and is not complete; ask the goal leader why"
                            + " and for a revised date.",
                    "\"" + m.milestone() + "\" due " + m.dueQuarter() + ", review " + review + ": "
                            + (late == 0 ? "due in the review quarter" : late + (late == 1 ? " quarter" : " quarters") + " overdue") + "; "
                            + (m.completedQuarter() == null ? "not completed" : "completed " + m.completedQuarter() + ", after the review quarter")));
        }
        List<Milestone> milestonesOfGoal = milestones.stream().filter(m -> m.goalId().equals(id)).sorted(Comparator.comparing(Milestone::dueQuarter)).toList();
        List<Contributor> contributorsOfGoal = contributors.stream().filter(c -> c.goalId().equals(id)).toList();
        return new GoalAssessment(goal, review, figures, overdue, offTrack, strategyForQuarter, risk.category(), risk.reasons(), findings,
                milestonesOfGoal, contributorsOfGoal, ofGoal.stream().sorted(Comparator.comparing(Strategy::quarter)).toList());
    }

    private static String staleEvidence(IndicatorFigures f) {
        String cadence = f.cadence() == ReportingCadence.QUARTERLY ? "reports quarterly" : "reports annually in Q" + f.dueQuarter().quarter();
        IndicatorActual latest = f.latestActual();
        return f.indicatorId() + " " + cadence + "; due " + f.dueQuarter() + "; "
                + (latest == null ? "no actual since the baseline quarter " + f.indicator().baselineQuarter()
                        : "latest actual " + latest.quarter() + " (" + Numbers.value(latest.actual()) + ")");
    }
}
