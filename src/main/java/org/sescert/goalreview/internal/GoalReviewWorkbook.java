package org.sescert.goalreview.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.sescert.findings.Finding;
import org.sescert.findings.FindingsExport;
import org.sescert.goals.GoalAssessment;
import org.sescert.goals.IndicatorFigures;
import org.sescert.output.XlsxBook;
import org.sescert.output.XlsxBook.Column;
import org.sescert.output.XlsxBook.Format;

/**
 * goals-review-&lt;quarter&gt;.xlsx: the figures of the review as numbers a PIO can sort and chart:
 * one row per goal (Goals), one per indicator (Indicators), and the findings in the columns of
 * findings.csv (Findings; cycle_id holds the review quarter).
 */
final class GoalReviewWorkbook {

    private static final List<Column> GOALS = List.of(Column.text("goal_id", 10), Column.text("title", 40), Column.text("goal_leader", 28),
            Column.text("start_quarter", 12), Column.text("end_quarter", 12), Column.text("risk", 9), Column.text("reasons", 80),
            new Column("indicators", 10, Format.INTEGER), new Column("overdue_milestones", 10, Format.INTEGER),
            new Column("contributors_off_track", 10, Format.INTEGER), Column.text("strategy_for_quarter", 10), new Column("findings", 10, Format.INTEGER));

    private static final List<Column> INDICATORS = List.of(Column.text("goal_id", 10), Column.text("indicator_id", 12), Column.text("name", 40),
            Column.text("unit", 12), Column.text("direction", 10), new Column("baseline", 12, Format.DECIMAL), Column.text("baseline_quarter", 12),
            new Column("target", 12, Format.DECIMAL), Column.text("target_quarter", 12), Column.text("cadence", 10),
            new Column("actuals_used", 8, Format.INTEGER), Column.text("latest_quarter", 12), new Column("latest_actual", 12, Format.DECIMAL),
            new Column("progress_in_quarter", 12, Format.DECIMAL), new Column("progress_to_date", 12, Format.PERCENT),
            new Column("time_elapsed", 12, Format.PERCENT), new Column("trend_per_quarter", 12, Format.DECIMAL),
            new Column("projected_value", 12, Format.DECIMAL), new Column("interval_lower", 12, Format.DECIMAL),
            new Column("interval_upper", 12, Format.DECIMAL), new Column("interval_level", 10, Format.PERCENT),
            new Column("likelihood", 10, Format.PERCENT), Column.text("due_quarter", 12), Column.text("stale_data", 8), Column.text("method", 90));

    private static final List<Column> FINDINGS = FindingsExport.COLUMNS.stream()
            .map(c -> Column.text(c, c.equals("message") || c.equals("evidence") ? 80 : 16)).toList();

    private GoalReviewWorkbook() {
    }

    static void write(Path file, String quarter, List<GoalAssessment> assessments) throws IOException {
        try (XlsxBook book = XlsxBook.export()) {
            XlsxBook.Sheet goals = book.table("Goals", GOALS);
            XlsxBook.Sheet indicators = book.table("Indicators", INDICATORS);
            List<Finding> findings = new ArrayList<>();
            for (GoalAssessment a : assessments) {
                goals.row(a.goal().goalId(), a.goal().title(), a.goal().goalLeader(), a.goal().startQuarter().toString(), a.goal().endQuarter().toString(),
                        a.risk().name(), String.join("; ", a.reasons()), a.indicators().size(), a.overdueMilestones().size(),
                        a.contributorsOffTrack().size(), a.strategyForQuarter() ? "Y" : "N", a.findings().size());
                for (IndicatorFigures f : a.indicators()) {
                    indicators.row(java.util.Arrays.asList(a.goal().goalId(), f.indicatorId(), f.indicator().name(), f.indicator().unit(),
                            f.indicator().direction().name(), f.indicator().baseline(), f.indicator().baselineQuarter().toString(), f.indicator().target(),
                            f.indicator().targetQuarter().toString(), f.cadence().name(), f.actualsUsed(),
                            f.latestActual() == null ? null : f.latestActual().quarter().toString(), f.latestActual() == null ? null : f.latestActual().actual(),
                            f.progressInQuarter(), f.progressShare(), f.timeElapsedShare(), f.trend() == null ? null : f.trend().slopePerQuarter(),
                            f.projection() == null ? null : f.projection().value(), f.projection() == null ? null : f.projection().lower(),
                            f.projection() == null ? null : f.projection().upper(), f.projection() == null ? null : f.projection().level(),
                            f.likelihood(), f.dueQuarter() == null ? null : f.dueQuarter().toString(), f.staleData() ? "Y" : "N", f.method()));
                }
                findings.addAll(a.findings());
            }
            XlsxBook.Sheet sheet = book.table("Findings", FINDINGS);
            for (Finding f : sorted(findings)) {
                sheet.row(quarter, f.rule().name(), f.severity().name(), f.scope().name(), f.subject(), f.message(), f.evidence());
            }
            book.write(file);
        }
    }

    /** As findings.csv sorts them: severity, rule, subject, then message and evidence to make the order total. */
    static List<Finding> sorted(List<Finding> findings) {
        return findings.stream().sorted(Comparator.comparing(Finding::severity).thenComparing(f -> f.rule().name())
                .thenComparing(Finding::subject).thenComparing(Finding::message).thenComparing(f -> f.evidence() == null ? "" : f.evidence())).toList();
    }

}
