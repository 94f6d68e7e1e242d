package org.sescert.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sescert.goals.Goals.decrease;
import static org.sescert.goals.Goals.increase;
import static org.sescert.goals.Goals.quarterly;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sescert.findings.Finding;
import org.sescert.findings.Rule;
import org.sescert.findings.Scope;
import org.sescert.findings.Severity;

class GoalReviewTests {

    private static List<IndicatorActual> flat(String id) {
        return quarterly(id, "FY2025Q2", 41, 40, 42, 41, 41);
    }

    private static List<Rule> rules(GoalAssessment a) {
        return a.findings().stream().map(Finding::rule).toList();
    }

    private static Finding only(GoalAssessment a, Rule rule) {
        List<Finding> of = a.findings().stream().filter(f -> f.rule() == rule).toList();
        assertThat(of).hasSize(1);
        return of.get(0);
    }

    @Test
    void anIndicatorFarAheadOfPaceIsLowRisk() {
        GoalAssessment a = Goals.goal().onPace().assess();
        assertThat(a.risk()).isEqualTo(RiskCategory.LOW);
        assertThat(a.reasons()).singleElement().asString()
                .startsWith("every indicator's likelihood >= 0.8 (lowest I-1 1.00); no overdue milestone; no contributor off track");
        assertThat(a.findings()).isEmpty();
    }

    @Test
    void aFlatIndicatorFarFromItsTargetIsHighRisk() {
        GoalAssessment a = Goals.goal().indicator(increase("I-1", 40, 80), flat("I-1")).assess();
        assertThat(a.risk()).isEqualTo(RiskCategory.HIGH);
        assertThat(a.reasons()).singleElement().asString()
                .matches("indicator I-1 likelihood 0\\.00 < 0\\.5 \\(projected 41\\.[0-9]+ at FY2026Q4 \\(80% interval .* to .*\\) against target 80\\)");
        Finding high = only(a, Rule.GOAL_HIGH_RISK);
        assertThat(high.subject()).isEqualTo("G-1");
        assertThat(high.scope()).isEqualTo(Scope.GOAL);
        assertThat(high.severity()).isEqualTo(Severity.WARNING);
        assertThat(high.message()).contains("goal leader, J. Rivera");
        assertThat(high.evidence()).startsWith("risk HIGH in FY2026Q2: indicator I-1 likelihood 0.00 < 0.5 (projected 41.");
    }

    @Test
    void anIndicatorBetweenTheThresholdsIsMediumRiskWithoutAHighRiskFinding() {
        // The line 40.1 + 5x projects 75.1 at x = 7, just over the target of 74.5; the scatter makes that far from sure.
        GoalAssessment a = Goals.goal().indicator(increase("I-1", 40, 74.5), quarterly("I-1", "FY2025Q2", 45.5, 49.5, 55.5, 59.5, 65.5)).assess();
        double likelihood = a.indicators().get(0).likelihood();
        assertThat(likelihood).isBetween(0.5, 0.8);
        assertThat(a.risk()).isEqualTo(RiskCategory.MEDIUM);
        assertThat(a.reasons()).singleElement().asString().startsWith("indicator I-1 likelihood 0.");
        assertThat(rules(a)).isEmpty();
    }

    @Test
    void aDecreaseIndicatorFallingTowardItsTargetIsLowRisk() {
        GoalAssessment a = Goals.goal().indicator(decrease("I-1", 120, 60), quarterly("I-1", "FY2025Q2", 110, 100, 90, 81, 70)).assess();
        assertThat(a.risk()).isEqualTo(RiskCategory.LOW);
    }

    @Test
    void aDecreaseIndicatorFallingTooSlowlyIsHighRisk() {
        GoalAssessment a = Goals.goal().indicator(decrease("I-1", 120, 60), quarterly("I-1", "FY2025Q2", 118, 117, 115, 114, 112)).assess();
        assertThat(a.risk()).isEqualTo(RiskCategory.HIGH);
    }

    @Test
    void twoOverdueMilestonesAreHighRiskEvenWithIndicatorsOnPace() {
        GoalAssessment a = Goals.goal().onPace().milestone("Hire 40 adjudicators", "FY2025Q4", null).milestone("Launch e-filing", "FY2026Q1", null)
                .strategy("FY2026Q2").assess();
        assertThat(a.risk()).isEqualTo(RiskCategory.HIGH);
        assertThat(a.reasons()).containsExactly(
                "2 overdue milestones >= 2 (\"Hire 40 adjudicators\" due FY2025Q4, \"Launch e-filing\" due FY2026Q1)");
        assertThat(rules(a)).containsExactly(Rule.GOAL_HIGH_RISK, Rule.GOAL_MILESTONE_OVERDUE, Rule.GOAL_MILESTONE_OVERDUE);
    }

    @Test
    void oneOverdueMilestoneIsMediumRisk() {
        GoalAssessment a = Goals.goal().onPace().milestone("Launch e-filing", "FY2026Q1", null).milestone("Open call centre", "FY2026Q3", null).assess();
        assertThat(a.risk()).isEqualTo(RiskCategory.MEDIUM);
        assertThat(a.overdueMilestones()).extracting(Milestone::milestone).containsExactly("Launch e-filing");
        assertThat(a.reasons()).containsExactly("1 overdue milestone (\"Launch e-filing\" due FY2026Q1)");
        assertThat(rules(a)).as("MEDIUM: no high-risk or strategy finding").containsExactly(Rule.GOAL_MILESTONE_OVERDUE);
    }

    @Test
    void anOverdueMilestoneIsReportedWithItsDueQuarter() {
        GoalAssessment a = Goals.goal().onPace().milestone("Launch e-filing", "FY2025Q4", null).assess();
        Finding f = only(a, Rule.GOAL_MILESTONE_OVERDUE);
        assertThat(f.message()).isEqualTo("Milestone \"Launch e-filing\" was due in FY2025Q4 and is not complete; ask the goal leader why and for a revised date.");
        assertThat(f.evidence()).isEqualTo("\"Launch e-filing\" due FY2025Q4, review FY2026Q2: 2 quarters overdue; not completed");
    }

    @Test
    void aMilestoneCompletedAfterTheReviewQuarterWasStillOverdueAtIt() {
        GoalAssessment a = Goals.goal().onPace().milestone("Launch e-filing", "FY2026Q2", "FY2026Q3").assess();
        assertThat(only(a, Rule.GOAL_MILESTONE_OVERDUE).evidence())
                .isEqualTo("\"Launch e-filing\" due FY2026Q2, review FY2026Q2: due in the review quarter; completed FY2026Q3, after the review quarter");
    }

    @Test
    void aMilestoneCompletedByTheReviewQuarterOrNotYetDueIsNotOverdue() {
        GoalAssessment a = Goals.goal().onPace().milestone("Hire 40 adjudicators", "FY2026Q1", "FY2026Q2").milestone("Launch e-filing", "FY2026Q2", "FY2026Q2")
                .milestone("Open call centre", "FY2026Q3", null).assess();
        assertThat(a.overdueMilestones()).isEmpty();
        assertThat(a.risk()).isEqualTo(RiskCategory.LOW);
        assertThat(rules(a)).isEmpty();
    }

    @Test
    void aContributorOffTrackIsMediumRiskAndOneNotAnsweredIsNot() {
        GoalAssessment off = Goals.goal().onPace().contributor("Regional offices", false, "hiring freeze").contributor("IT modernization", true, null).assess();
        assertThat(off.risk()).isEqualTo(RiskCategory.MEDIUM);
        assertThat(off.contributorsOffTrack()).extracting(Contributor::contributor).containsExactly("Regional offices");
        assertThat(off.reasons()).containsExactly("contributor Regional offices not on track: hiring freeze");
        assertThat(Goals.goal().onPace().contributor("Regional offices", null, null).assess().risk()).isEqualTo(RiskCategory.LOW);
    }

    @Test
    void fewerThanThreeActualsAndNothingElseIsUnknownRisk() {
        GoalAssessment a = Goals.goal().indicator(increase("I-1", 40, 80), quarterly("I-1", "FY2026Q1", 68, 75)).assess();
        assertThat(a.indicators().get(0).likelihood()).isNull();
        assertThat(a.risk()).isEqualTo(RiskCategory.UNKNOWN);
        assertThat(a.reasons()).containsExactly("indicator I-1 likelihood unknown: 2 actuals < 3");
        assertThat(rules(a)).isEmpty();
    }

    @Test
    void aKnownDangerOutranksAnUnknownLikelihood() {
        Goals goals = Goals.goal().indicator(increase("I-1", 40, 80), quarterly("I-1", "FY2026Q1", 68, 75));
        assertThat(goals.contributor("Regional offices", false, null).assess().risk()).isEqualTo(RiskCategory.MEDIUM);
        assertThat(goals.indicator(increase("I-2", 40, 80), flat("I-2")).assess().risk()).isEqualTo(RiskCategory.HIGH);
    }

    @Test
    void aGoalWithNoIndicatorsIsUnknownRisk() {
        GoalAssessment a = Goals.goal().assess();
        assertThat(a.risk()).isEqualTo(RiskCategory.UNKNOWN);
        assertThat(a.reasons()).containsExactly("the goal has no indicators");
    }

    @Test
    void noActualForTheReviewQuarterIsStaleData() {
        GoalAssessment a = Goals.goal().indicator(increase("I-1", 40, 80), quarterly("I-1", "FY2025Q2", 46, 53, 60, 68)).assess();
        Finding f = only(a, Rule.GOAL_STALE_DATA);
        assertThat(f.message()).isEqualTo("Indicator I-1 (Claims decided within 30 days) has no actual for FY2026Q2, the quarter it was due to report;"
                + " obtain it so that the review rests on current data.");
        assertThat(f.evidence()).isEqualTo("I-1 reports quarterly; due FY2026Q2; latest actual FY2026Q1 (68)");
        assertThat(Goals.goal().onPace().rules()).doesNotContain(Rule.GOAL_STALE_DATA);
    }

    @Test
    void anAnnualIndicatorInAQuarterItDoesNotReportIsNotStale() {
        Indicator annual = new Indicator("I-9", "G-1", "Customer satisfaction", "index", Direction.INCREASE, 60, Goals.q("FY2023Q4"), 75,
                Goals.q("FY2027Q4"));
        List<IndicatorActual> actuals = List.of(new IndicatorActual("I-9", Goals.q("FY2024Q4"), 63, null),
                new IndicatorActual("I-9", Goals.q("FY2025Q4"), 66, null));
        assertThat(Goals.goal().indicator(annual, actuals).rules()).doesNotContain(Rule.GOAL_STALE_DATA);
        GoalAssessment due = Goals.goal().indicator(annual, actuals).reviewedIn("FY2026Q4").assess();
        assertThat(only(due, Rule.GOAL_STALE_DATA).evidence()).isEqualTo("I-9 reports annually in Q4; due FY2026Q4; latest actual FY2025Q4 (66)");
    }

    @Test
    void aHighRiskGoalWithAStrategyForTheQuarterHasNoNoStrategyFinding() {
        Goals goals = Goals.goal().indicator(increase("I-1", 40, 80), flat("I-1")).strategy("FY2026Q2");
        assertThat(goals.rules()).containsExactly(Rule.GOAL_HIGH_RISK);
        assertThat(goals.assess().strategyForQuarter()).isTrue();
    }

    @Test
    void aHighRiskGoalWithoutAStrategyForTheQuarterHasANoStrategyFinding() {
        GoalAssessment a = Goals.goal().indicator(increase("I-1", 40, 80), flat("I-1")).strategy("FY2026Q1").assess();
        assertThat(a.findings()).extracting(Finding::rule).containsExactly(Rule.GOAL_HIGH_RISK, Rule.GOAL_NO_STRATEGY);
        Finding f = only(a, Rule.GOAL_NO_STRATEGY);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.message()).startsWith("The goal is at high risk and has no strategy for FY2026Q2; record the prospects and strategies");
        assertThat(f.evidence()).isEqualTo("risk HIGH; no strategy for G-1 in FY2026Q2; latest strategy FY2026Q1");
        assertThat(only(Goals.goal().indicator(increase("I-1", 40, 80), flat("I-1")).assess(), Rule.GOAL_NO_STRATEGY).evidence())
                .endsWith("; no strategy in any earlier quarter");
    }

    @Test
    void aMediumRiskGoalWithoutAStrategyHasNoNoStrategyFinding() {
        assertThat(Goals.goal().onPace().contributor("Regional offices", false, null).rules()).isEmpty();
    }

    @Test
    void rowsOfOtherGoalsAreIgnored() {
        Goals goals = Goals.goal().onPace();
        goals.milestones.add(new Milestone("G-2", "Another goal's milestone", Goals.q("FY2025Q1"), null));
        goals.contributors.add(new Contributor("G-2", "Another goal's office", ContributorKind.ORGANIZATION, false, null));
        goals.indicators.add(new Indicator("I-7", "G-2", "Another goal's indicator", null, Direction.INCREASE, 1, Goals.BASELINE, 2, Goals.TARGET));
        GoalAssessment a = goals.assess();
        assertThat(a.indicators()).extracting(IndicatorFigures::indicatorId).containsExactly("I-1");
        assertThat(a.risk()).isEqualTo(RiskCategory.LOW);
    }

    @Test
    void theSettingsMayRaiseOrLowerAFindingsSeverity() {
        Goals goals = Goals.goal().indicator(increase("I-1", 40, 80), flat("I-1")).strategy("FY2026Q2");
        goals.settings = new GoalReviewSettings(0.5, 0.8, 2, 3, 0.8, Map.of(Rule.GOAL_HIGH_RISK, Severity.ERROR));
        assertThat(goals.assess().findings()).extracting(Finding::severity).containsExactly(Severity.ERROR);
    }
}
