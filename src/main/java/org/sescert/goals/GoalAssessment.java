package org.sescert.goals;

import java.util.List;

import org.sescert.findings.Finding;

/**
 * A priority goal's quarterly review: the figures of each indicator, the overdue milestones, the
 * contributors not on track, whether a strategy is recorded for the quarter, the risk category
 * with its reasons, and the findings; and, for the report, all of the goal's milestones,
 * contributors and strategies.
 */
public record GoalAssessment(PriorityGoal goal, Quarter reviewQuarter, List<IndicatorFigures> indicators, List<Milestone> overdueMilestones,
                             List<Contributor> contributorsOffTrack, boolean strategyForQuarter, RiskCategory risk, List<String> reasons,
                             List<Finding> findings, List<Milestone> milestonesOfGoal, List<Contributor> contributorsOfGoal,
                             List<Strategy> strategiesOfGoal) {

    public GoalAssessment {
        milestonesOfGoal = List.copyOf(milestonesOfGoal);
        contributorsOfGoal = List.copyOf(contributorsOfGoal);
        strategiesOfGoal = List.copyOf(strategiesOfGoal);
        indicators = List.copyOf(indicators);
        overdueMilestones = List.copyOf(overdueMilestones);
        contributorsOffTrack = List.copyOf(contributorsOffTrack);
        reasons = List.copyOf(reasons);
        findings = List.copyOf(findings);
    }
}
