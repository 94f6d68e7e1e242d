package org.sescert.reporting.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.sescert.datasets.CertificationDatasets;
import org.sescert.datasets.CertificationDatasets.AppointmentTypeCounts;
import org.sescert.output.XlsxBook;
import org.sescert.output.XlsxBook.Column;
import org.sescert.output.XlsxBook.Format;
import org.sescert.policy.Policy;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * {@code opm-1558.xlsx}: OPM Form 1558, the Annual SES Ratings and Pay-for-Performance Summary Data
 * Report. Part A: the agency, certification status (left for the designee), the cycle's dates and
 * counts by appointment type. Part B: one row per rated executive. Written with the output
 * module's workbook writer: numbers are numbers with formats, the header is frozen with filters,
 * text never starts a formula, and the same data gives the same bytes.
 */
public final class Opm1558Workbook implements Tasklet {

    static final List<Column> PART_B = List.of(
            Column.text("Executive ID", 14), Column.text("Appointment type", 18), new Column("Rating level", 8, Format.INTEGER),
            new Column("Basic pay before adjustment", 16, Format.MONEY), new Column("Basic pay after adjustment", 16, Format.MONEY),
            new Column("Pay adjustment %", 12, Format.PERCENT), Column.text("Award pool", 28),
            new Column("Performance award $", 14, Format.MONEY), new Column("Performance award %", 12, Format.PERCENT),
            new Column("Other cash award $", 14, Format.MONEY), Column.text("Rank award", 14),
            new Column("Aggregate compensation $", 16, Format.MONEY));
    private static final List<Column> PART_A = List.of(Column.text("Part A", 34), new Column("", 14, Format.INTEGER),
            new Column("", 10, Format.INTEGER), new Column("", 10, Format.INTEGER), new Column("", 10, Format.INTEGER),
            new Column("", 10, Format.INTEGER), new Column("", 10, Format.INTEGER), new Column("", 10, Format.INTEGER),
            new Column("", 14, Format.INTEGER), new Column("", 18, Format.MONEY));

    private final CertificationDatasets datasets;
    private final ReportRun run;

    public Opm1558Workbook(CertificationDatasets datasets, ReportRun run) {
        this.datasets = datasets;
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        run.staging().create();
        try (XlsxBook book = XlsxBook.export()) {
            partA(book.sheet("Part A", PART_A));
            XlsxBook.Sheet partB = book.table("Part B", PART_B);
            datasets.payReport(run.cycleId(), r -> partB.row(r.executiveId(), r.appointmentType(), r.finalLevel(), r.basicPayBefore(),
                    r.basicPayAfter(), fraction(r.adjustmentPercent()), r.payPool(), r.performanceAward(), fraction(r.awardPercent()),
                    r.otherAward(), r.rankAward(), r.aggregateCompensation()));
            book.write(run.staging().file(PackageFiles.OPM_1558));
        }
        return RepeatStatus.FINISHED;
    }

    private void partA(XlsxBook.Sheet sheet) {
        Policy policy = run.policy().policy();
        sheet.row("OPM Form 1558: Annual SES Ratings and Pay-for-Performance Summary Data Report").boldRow();
        sheet.row();
        sheet.row("Agency", run.agencyName() == null ? run.agencyCode() : run.agencyName());
        sheet.row("Agency code", run.agencyCode());
        sheet.row("Appraisal cycle", run.cycleId());
        sheet.row("Appraisal period start", run.periodStart());
        sheet.row("Appraisal period end", run.periodEnd());
        sheet.row("Certification status", "to be entered by the designee (full, provisional, or not certified)");
        sheet.row("Policy applied", policy.id() + " (sha256 " + run.policy().sha256() + "); it assumes an appraisal system "
                + (policy.pay().systemCertified() ? "certified" : "not certified") + ", pay maximum " + policy.pay().maximum().toPlainString());
        sheet.row("Load, check run", "load " + run.loadId() + ", check run " + run.checkRunId());
        sheet.row();
        sheet.row("Counts by appointment type", "Executives", "Rated", "Level 5", "Level 4", "Level 3", "Level 2", "Level 1",
                "Awards paid", "Performance awards $").boldRow();
        long[] totals = new long[9];
        BigDecimal awards = BigDecimal.ZERO;
        for (AppointmentTypeCounts t : datasets.appointmentTypeCounts(run.cycleId())) {
            long[] n = {t.executives(), t.rated(), t.level5(), t.level4(), t.level3(), t.level2(), t.level1(), t.awardsPaid()};
            sheet.row(t.appointmentType(), n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], t.performanceAwards());
            for (int i = 0; i < n.length; i++) {
                totals[i] += n[i];
            }
            awards = awards.add(t.performanceAwards());
        }
        sheet.row("All executives", totals[0], totals[1], totals[2], totals[3], totals[4], totals[5], totals[6], totals[7], awards);
        sheet.row();
        sheet.row("Part B lists one row per rated executive (a final rating recorded). Percentages are of basic pay before the adjustment. "
                + "Aggregate compensation is basic pay after the adjustment plus the performance and other cash awards; the input names a rank "
                + "award's kind, not its amount.");
    }

    /** Percent (5.25) to the fraction a percent-formatted cell holds (0.0525). */
    private static BigDecimal fraction(BigDecimal percent) {
        return percent == null ? null : percent.divide(BigDecimal.valueOf(100), percent.scale() + 2, RoundingMode.UNNECESSARY);
    }
}
