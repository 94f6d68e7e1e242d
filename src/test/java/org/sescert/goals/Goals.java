package org.sescert.goals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sescert.findings.Finding;
import org.sescert.findings.Rule;

/**
 * Builders for goal-review tests. {@link #goal()} is goal G-1 reviewed in FY2026Q2 with nothing
 * else; each test adds the indicators, milestones, contributors and strategies its scenario needs.
 * Indicators run from a baseline in FY2025Q1 (x = 0) to a target in FY2026Q4 (x = 7), so the
 * review quarter is x = 5.
 */
final class Goals {

    static final GoalReviewSettings DEFAULTS = GoalReviewSettings.defaults();
    static final Quarter BASELINE = q("FY2025Q1");
    static final Quarter TARGET = q("FY2026Q4");
    static final Quarter REVIEW = q("FY2026Q2");

    PriorityGoal goal = new PriorityGoal("G-1", "Faster benefit decisions", "Decide claims faster", "J. Rivera", BASELINE, TARGET, "SO 2.1");
    List<Indicator> indicators = new ArrayList<>();
    Map<String, List<IndicatorActual>> actuals = new LinkedHashMap<>();
    List<Milestone> milestones = new ArrayList<>();
    List<Contributor> contributors = new ArrayList<>();
    List<Strategy> strategies = new ArrayList<>();
    Quarter review = REVIEW;
    GoalReviewSettings settings = DEFAULTS;

    static Goals goal() {
        return new Goals();
    }

    static Quarter q(String text) {
        return Quarter.parse(text);
    }

    static Indicator increase(String id, double baseline, double target) {
        return new Indicator(id, "G-1", "Claims decided within 30 days", "%", Direction.INCREASE, baseline, BASELINE, target, TARGET);
    }

    static Indicator decrease(String id, double baseline, double target) {
        return new Indicator(id, "G-1", "Days to decide a claim", "days", Direction.DECREASE, baseline, BASELINE, target, TARGET);
    }

    /** Actuals in consecutive quarters from the first. */
    static List<IndicatorActual> quarterly(String indicatorId, String first, double... values) {
        List<IndicatorActual> list = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            list.add(new IndicatorActual(indicatorId, q(first).plus(i), values[i], null));
        }
        return list;
    }

    /** 40 to 80 needs 5.7 a quarter; this gains about 7 and is at 75 already. */
    static List<IndicatorActual> aheadOfPace(String indicatorId) {
        return quarterly(indicatorId, "FY2025Q2", 46, 53, 60, 68, 75);
    }

    Goals indicator(Indicator indicator, List<IndicatorActual> actuals) {
        indicators.add(indicator);
        this.actuals.put(indicator.indicatorId(), actuals);
        return this;
    }

    Goals onPace() {
        return indicator(increase("I-1", 40, 80), aheadOfPace("I-1"));
    }

    Goals milestone(String name, String due, String completed) {
        milestones.add(new Milestone("G-1", name, q(due), completed == null ? null : q(completed)));
        return this;
    }

    Goals contributor(String name, Boolean onTrack, String note) {
        contributors.add(new Contributor("G-1", name, ContributorKind.PROGRAM, onTrack, note));
        return this;
    }

    Goals strategy(String quarter) {
        strategies.add(new Strategy("G-1", q(quarter), "Add weekend shifts in the two slowest offices"));
        return this;
    }

    Goals reviewedIn(String quarter) {
        review = q(quarter);
        return this;
    }

    GoalAssessment assess() {
        return GoalReview.assess(goal, indicators, actuals, milestones, contributors, strategies, review, settings);
    }

    List<Rule> rules() {
        return assess().findings().stream().map(Finding::rule).toList();
    }
}
