package org.sescert.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sescert.findings.Finding;
import org.sescert.findings.Rule;
import org.sescert.goals.Contributor;
import org.sescert.goals.ContributorKind;
import org.sescert.goals.Direction;
import org.sescert.goals.GoalAssessment;
import org.sescert.goals.GoalReview;
import org.sescert.goals.GoalReviewSettings;
import org.sescert.goals.Indicator;
import org.sescert.goals.IndicatorActual;
import org.sescert.goals.Milestone;
import org.sescert.goals.PriorityGoal;
import org.sescert.goals.Quarter;
import org.sescert.goals.RiskCategory;
import org.sescert.goals.Strategy;
import org.sescert.importing.GoalsLayout;

/** The sample goals show what sample-data/README.md says they show: a mix of risks and each goal finding. */
class SampleGoalsTests {

    private static final Quarter REVIEW = Quarter.parse("FY2026Q4");

    @Test
    void theSampleGoalsHaveTheRisksTheReadmeDescribes() {
        Map<String, GoalAssessment> reviewed = review(SampleGoals.build());

        Map<String, RiskCategory> risks = new java.util.TreeMap<>();
        reviewed.forEach((id, a) -> risks.put(id, a.risk()));
        assertThat(risks).isEqualTo(Map.of("APG-1", RiskCategory.LOW, "APG-2", RiskCategory.HIGH, "APG-3", RiskCategory.MEDIUM,
                "APG-4", RiskCategory.HIGH, "APG-5", RiskCategory.LOW, "APG-6", RiskCategory.UNKNOWN, "APG-7", RiskCategory.HIGH));
        assertThat(rules(reviewed.get("APG-2"))).contains(Rule.GOAL_HIGH_RISK).doesNotContain(Rule.GOAL_NO_STRATEGY);
        assertThat(rules(reviewed.get("APG-4"))).contains(Rule.GOAL_HIGH_RISK, Rule.GOAL_NO_STRATEGY);
        assertThat(rules(reviewed.get("APG-6"))).contains(Rule.GOAL_STALE_DATA);
        assertThat(rules(reviewed.get("APG-7"))).contains(Rule.GOAL_HIGH_RISK, Rule.GOAL_NO_STRATEGY, Rule.GOAL_MILESTONE_OVERDUE);
        assertThat(rules(reviewed.get("APG-3"))).containsExactly(Rule.GOAL_MILESTONE_OVERDUE);
        assertThat(rules(reviewed.get("APG-1"))).isEmpty();
        assertThat(rules(reviewed.get("APG-5"))).as("the missing FY2025Q3 actual is history, not stale data").isEmpty();
    }

    static Map<String, GoalAssessment> review(SampleGoals sample) {
        List<PriorityGoal> goals = new ArrayList<>();
        for (List<String> r : sample.rows(GoalsLayout.GOALS)) {
            goals.add(new PriorityGoal(r.get(0), r.get(1), r.get(2), r.get(3), Quarter.parse(r.get(4)), Quarter.parse(r.get(5)), r.get(6)));
        }
        List<Indicator> indicators = sample.rows(GoalsLayout.INDICATORS).stream().map(r -> new Indicator(r.get(0), r.get(1), r.get(2), r.get(3),
                Direction.valueOf(r.get(4)), Double.parseDouble(r.get(5)), Quarter.parse(r.get(6)), Double.parseDouble(r.get(7)), Quarter.parse(r.get(8)))).toList();
        Map<String, List<IndicatorActual>> actuals = new LinkedHashMap<>();
        sample.rows(GoalsLayout.ACTUALS).forEach(r -> actuals.computeIfAbsent(r.get(0), k -> new ArrayList<>())
                .add(new IndicatorActual(r.get(0), Quarter.parse(r.get(1)), Double.parseDouble(r.get(2)), r.get(3) == null ? null : Double.parseDouble(r.get(3)))));
        List<Milestone> milestones = sample.rows(GoalsLayout.MILESTONES).stream()
                .map(r -> new Milestone(r.get(0), r.get(1), Quarter.parse(r.get(2)), r.get(3) == null ? null : Quarter.parse(r.get(3)))).toList();
        List<Contributor> contributors = sample.rows(GoalsLayout.CONTRIBUTORS).stream()
                .map(r -> new Contributor(r.get(0), r.get(1), ContributorKind.valueOf(r.get(2)), r.get(3) == null ? null : r.get(3).equals("Y"), r.get(4))).toList();
        List<Strategy> strategies = sample.rows(GoalsLayout.STRATEGIES).stream().map(r -> new Strategy(r.get(0), Quarter.parse(r.get(1)), r.get(2))).toList();
        Map<String, GoalAssessment> reviewed = new java.util.TreeMap<>();
        for (PriorityGoal goal : goals) {
            reviewed.put(goal.goalId(), GoalReview.assess(goal, indicators, actuals, milestones, contributors, strategies, REVIEW, GoalReviewSettings.defaults()));
        }
        return reviewed;
    }

    private static List<Rule> rules(GoalAssessment assessment) {
        return assessment.findings().stream().map(Finding::rule).distinct().toList();
    }
}
