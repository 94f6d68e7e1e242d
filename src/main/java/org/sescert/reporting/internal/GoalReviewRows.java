package org.sescert.reporting.internal;

import java.util.List;

/** The rows of goals-review-&lt;quarter&gt;.pdf, as the templates goals-review*.jrxml read them. */
public final class GoalReviewRows {

    private GoalReviewRows() {
    }

    /** One risk category on the summary page: how many goals, which. */
    public record RiskRow(String risk, long goals, String goalIds, String meaning) {
    }

    public record FindingCount(String rule, String severity, long findings, String goals) {
    }

    /** One goal's page. */
    public record GoalPage(String goalId, String title, String statement, String leader, String period, String link, String risk,
                           String reasons, String strategyNote, List<IndicatorBlock> indicators, List<MilestoneRow> milestones,
                           List<ContributorRow> contributors, List<StrategyRow> strategies, List<FindingRow> findings,
                           int milestoneCount, int contributorCount, int strategyCount, int findingCount) {

        /** A goal's page; the counts let the page say "none" where a list is empty. */
        static GoalPage of(String goalId, String title, String statement, String leader, String period, String link, String risk, String reasons,
                           String strategyNote, List<IndicatorBlock> indicators, List<MilestoneRow> milestones, List<ContributorRow> contributors,
                           List<StrategyRow> strategies, List<FindingRow> findings) {
            return new GoalPage(goalId, title, statement, leader, period, link, risk, reasons, strategyNote, indicators, milestones, contributors,
                    strategies, findings, milestones.size(), contributors.size(), strategies.size(), findings.size());
        }
    }

    /** One indicator: its heading, its figures and the points of its trend chart. */
    public record IndicatorBlock(String heading, String likelihood, List<Figure> figures, List<Point> points, String method) {
    }

    public record Figure(String label, String value) {
    }

    /** A point of a trend chart: x is the fiscal year and quarter (FY2026Q1 = 2026.00, Q4 = 2026.75). */
    public record Point(String series, Double x, Double y) {
    }

    public record MilestoneRow(String milestone, String due, String completed, String status) {
    }

    public record ContributorRow(String contributor, String kind, String onTrack, String note) {
    }

    public record StrategyRow(String quarter, String strategy) {
    }

    public record FindingRow(String severity, String rule, String message, String evidence) {
    }
}
