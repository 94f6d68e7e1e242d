package org.sescert.reporting.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import net.sf.jasperreports.engine.JasperPrint;
import org.sescert.findings.Finding;
import org.sescert.goalreview.GoalReviewDocument;
import org.sescert.goalreview.GoalReviewPdf;
import org.sescert.goals.Direction;
import org.sescert.goals.GoalAssessment;
import org.sescert.goals.IndicatorActual;
import org.sescert.goals.IndicatorFigures;
import org.sescert.goals.Milestone;
import org.sescert.goals.Quarter;
import org.sescert.goals.RiskCategory;
import org.sescert.reporting.internal.GoalReviewRows.ContributorRow;
import org.sescert.reporting.internal.GoalReviewRows.Figure;
import org.sescert.reporting.internal.GoalReviewRows.FindingCount;
import org.sescert.reporting.internal.GoalReviewRows.FindingRow;
import org.sescert.reporting.internal.GoalReviewRows.GoalPage;
import org.sescert.reporting.internal.GoalReviewRows.IndicatorBlock;
import org.sescert.reporting.internal.GoalReviewRows.MilestoneRow;
import org.sescert.reporting.internal.GoalReviewRows.Point;
import org.sescert.reporting.internal.GoalReviewRows.RiskRow;
import org.sescert.reporting.internal.GoalReviewRows.StrategyRow;
import org.springframework.stereotype.Component;

/**
 * goals-review-&lt;quarter&gt;.pdf: a summary page of the goals by risk, then a page per goal with its
 * statement and leader, each indicator's trend chart (actuals, the target line, the fitted trend
 * and its projection with the prediction interval at the target quarter) and figures, its
 * milestones, contributors and strategies. A HIGH-risk goal with no strategy for the quarter is
 * marked as needing one.
 */
@Component
public class GoalReviewDocumentPdf implements GoalReviewPdf {

    static final String TEMPLATE = "goals-review";
    static final String INDICATOR_TEMPLATE = "goals-review-indicator";

    private static final Map<RiskCategory, String> MEANING = new EnumMap<>(Map.of(
            RiskCategory.HIGH, "an indicator is unlikely to meet its target (likelihood < 0.5) or 2+ milestones are overdue",
            RiskCategory.MEDIUM, "an indicator may miss its target (likelihood < 0.8), a milestone is overdue, or a contributor is off track",
            RiskCategory.LOW, "every indicator is likely to meet its target, nothing is overdue, every contributor is on track",
            RiskCategory.UNKNOWN, "an indicator has too few actuals to judge, and nothing known puts the goal at risk"));

    private final ReportEngine engine;

    public GoalReviewDocumentPdf(ReportEngine engine) {
        this.engine = engine;
    }

    @Override
    public void write(GoalReviewDocument document, Path file) throws IOException {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("QUARTER", document.quarter());
        parameters.put("BASIS", "Goals load " + document.goalsLoad() + " (" + String.join("; ", document.inputs()) + "); settings "
                + document.settingsSource() + " (sha256 " + document.settingsSha256() + "); review run " + document.runId() + ", job execution "
                + document.jobExecutionId() + "; " + document.program() + ".");
        parameters.put("RISKS", RecordDataSource.of(RiskRow.class, risks(document.assessments())));
        parameters.put("FINDING_COUNTS", RecordDataSource.of(FindingCount.class, findingCounts(document.assessments())));
        parameters.put("GOALS", (long) document.assessments().size());
        parameters.put("FINDINGS", document.assessments().stream().mapToLong(a -> a.findings().size()).sum());
        parameters.put("INDICATOR_REPORT", engine.template(INDICATOR_TEMPLATE));
        List<GoalPage> pages = document.assessments().stream().map(a -> page(a, document.actuals())).toList();
        JasperPrint print = engine.fill(TEMPLATE, parameters, RecordDataSource.of(GoalPage.class, pages));
        engine.pdf(print, "Quarterly priority-goal review, " + document.quarter(), file);
    }

    private static List<RiskRow> risks(List<GoalAssessment> assessments) {
        List<RiskRow> rows = new ArrayList<>();
        for (RiskCategory risk : List.of(RiskCategory.HIGH, RiskCategory.MEDIUM, RiskCategory.LOW, RiskCategory.UNKNOWN)) {
            List<String> ids = assessments.stream().filter(a -> a.risk() == risk).map(a -> a.goal().goalId() + " " + a.goal().title()).toList();
            rows.add(new RiskRow(risk.name(), ids.size(), ids.isEmpty() ? "none" : String.join("\n", ids), MEANING.get(risk)));
        }
        return rows;
    }

    private static List<FindingCount> findingCounts(List<GoalAssessment> assessments) {
        Map<String, List<Finding>> byRule = new TreeMap<>();
        assessments.forEach(a -> a.findings().forEach(f -> byRule.computeIfAbsent(f.rule().name(), r -> new ArrayList<>()).add(f)));
        return byRule.values().stream().map(list -> new FindingCount(list.get(0).rule().name(), list.get(0).severity().name(), list.size(),
                String.join(", ", list.stream().map(Finding::subject).distinct().toList()))).toList();
    }

    private static GoalPage page(GoalAssessment a, Map<String, List<IndicatorActual>> actuals) {
        boolean needsStrategy = a.risk() == RiskCategory.HIGH && !a.strategyForQuarter();
        String strategyNote = needsStrategy
                ? "NEEDS A STRATEGY: the goal is at high risk and no strategy for improving performance is recorded for " + a.reviewQuarter()
                        + " (31 U.S.C. 1121(b)(5))."
                : a.strategyForQuarter() ? "A strategy is recorded for " + a.reviewQuarter() + "." : "";
        List<IndicatorBlock> indicators = a.indicators().stream().map(f -> indicator(f, actuals.getOrDefault(f.indicatorId(), List.of()))).toList();
        return GoalPage.of(a.goal().goalId(), a.goal().title(), a.goal().statement(), a.goal().goalLeader(),
                a.goal().startQuarter() + " to " + a.goal().endQuarter(), a.goal().strategicLink(), a.risk().name(),
                a.reasons().isEmpty() ? MEANING.get(a.risk()) : String.join("\n", a.reasons()), strategyNote, indicators,
                milestones(a), contributors(a), strategies(a), findings(a));
    }

    private static List<MilestoneRow> milestones(GoalAssessment a) {
        return a.milestonesOfGoal().stream().map(m -> new MilestoneRow(m.milestone(), m.dueQuarter().toString(),
                m.completedQuarter() == null ? "" : m.completedQuarter().toString(), status(m, a))).toList();
    }

    private static String status(Milestone m, GoalAssessment a) {
        if (a.overdueMilestones().contains(m)) {
            return "OVERDUE";
        }
        return m.completedQuarter() != null && !m.completedQuarter().isAfter(a.reviewQuarter()) ? "done" : "open";
    }

    private static List<ContributorRow> contributors(GoalAssessment a) {
        return a.contributorsOfGoal().stream().map(c -> new ContributorRow(c.contributor(), c.kind() == null ? "" : c.kind().name(),
                c.onTrack() == null ? "not said" : c.onTrack() ? "yes" : "NO", c.note() == null ? "" : c.note())).toList();
    }

    private static List<StrategyRow> strategies(GoalAssessment a) {
        return a.strategiesOfGoal().stream().map(s -> new StrategyRow(s.quarter().toString(), s.strategy())).toList();
    }

    private static List<FindingRow> findings(GoalAssessment a) {
        return a.findings().stream().map(f -> new FindingRow(f.severity().name(), f.rule().name(), f.message(), f.evidence())).toList();
    }

    static IndicatorBlock indicator(IndicatorFigures f, List<IndicatorActual> actuals) {
        var indicator = f.indicator();
        String unit = indicator.unit() == null ? "" : " " + indicator.unit();
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("Baseline", number(indicator.baseline()) + unit + " (" + indicator.baselineQuarter() + ")"));
        figures.add(new Figure("Target", number(indicator.target()) + unit + " by " + indicator.targetQuarter() + ", "
                + (indicator.direction() == Direction.INCREASE ? "higher is better" : "lower is better")));
        figures.add(new Figure("Latest actual", f.latestActual() == null ? "none" : number(f.latestActual().actual()) + unit + " (" + f.latestActual().quarter() + ")"));
        figures.add(new Figure("Progress in " + f.reviewQuarter(), f.progressInQuarter() == null ? "no actual for the quarter" : signed(f.progressInQuarter()) + unit));
        figures.add(new Figure("Progress to date", f.progressShare() == null ? "not known" : percent(f.progressShare()) + " of the way from baseline to target"));
        figures.add(new Figure("Time elapsed", percent(f.timeElapsedShare()) + " of the baseline-to-target period"));
        figures.add(new Figure("Trend", f.trend() == null ? "too few actuals for a trend" : signed(f.trend().slopePerQuarter()) + unit + " a quarter (least squares)"));
        figures.add(new Figure("Projected at " + indicator.targetQuarter(), f.projection() == null ? "no projection"
                : number(f.projection().value()) + unit + "; " + percent(f.projection().level()) + " interval " + number(f.projection().lower())
                        + " to " + number(f.projection().upper())));
        figures.add(new Figure("Reporting", f.cadence().name().toLowerCase(Locale.ROOT) + (f.staleData() ? "; NO ACTUAL for " + f.dueQuarter() : "")));
        String likelihood = f.likelihood() == null ? "UNKNOWN" : String.format(Locale.ROOT, "%.2f", f.likelihood());
        return new IndicatorBlock(indicator.indicatorId() + "  " + indicator.name() + (indicator.unit() == null ? "" : " (" + indicator.unit() + ")"),
                likelihood, figures, points(f, actuals), f.method());
    }

    /** Actuals, the target line from the baseline quarter to the target quarter, the fitted trend and its interval at the target quarter. */
    static List<Point> points(IndicatorFigures f, List<IndicatorActual> actuals) {
        var indicator = f.indicator();
        List<Point> points = new ArrayList<>();
        points.add(new Point("Actual", x(indicator.baselineQuarter()), indicator.baseline()));
        actuals.stream().filter(a -> !a.quarter().isAfter(f.reviewQuarter()))
                .forEach(a -> points.add(new Point("Actual", x(a.quarter()), a.actual())));
        points.add(new Point("Target", x(indicator.baselineQuarter()), indicator.target()));
        points.add(new Point("Target", x(indicator.targetQuarter()), indicator.target()));
        if (f.trend() != null && f.projection() != null) {
            Quarter first = actuals.stream().map(IndicatorActual::quarter).filter(q -> !q.isBefore(indicator.baselineQuarter())).min(Quarter::compareTo)
                    .orElse(indicator.baselineQuarter());
            points.add(new Point("Trend and projection", x(first), f.trend().valueAt(Quarter.quartersBetween(indicator.baselineQuarter(), first))));
            points.add(new Point("Trend and projection", x(indicator.targetQuarter()), f.projection().value()));
            points.add(new Point("Prediction interval", x(indicator.targetQuarter()), f.projection().lower()));
            points.add(new Point("Prediction interval", x(indicator.targetQuarter()), f.projection().upper()));
        }
        return points;
    }

    /** FY2026Q1 = 2026.00, FY2026Q4 = 2026.75: a fiscal-year axis the chart can draw. */
    static double x(Quarter quarter) {
        return quarter.fiscalYear() + (quarter.quarter() - 1) / 4.0;
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) value) : String.format(Locale.ROOT, "%,.2f", value);
    }

    private static String signed(double value) {
        return (value > 0 ? "+" : "") + number(value);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }
}
