package org.sescert.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.sescert.goals.Goals.q;

import java.util.List;

import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.stat.regression.SimpleRegression;
import org.junit.jupiter.api.Test;
import org.sescert.findings.Finding;
import org.sescert.findings.Rule;

/**
 * A worked example, redone here by another route than the production code's: the fit by hand,
 * and the t distribution from its closed form for 3 degrees of freedom (with Hipparchus as a
 * second opinion), where production uses Commons Statistics.
 *
 * <p>Indicator I-1 must rise from 50 in FY2025Q1 (x = 0) to 69 by FY2026Q4 (x = 7). Reviewed in
 * FY2026Q2 with five actuals:
 * <pre>
 *   quarter   x  y    x-3  y-57.4   fitted 49.6+2.6x  residual
 *   FY2025Q2  1  52   -2   -5.4     52.2              -0.2
 *   FY2025Q3  2  55   -1   -2.4     54.8               0.2
 *   FY2025Q4  3  57    0   -0.4     57.4              -0.4
 *   FY2026Q1  4  61    1    3.6     60.0               1.0
 *   FY2026Q2  5  62    2    4.6     62.6              -0.6
 * </pre>
 * Sxx = 10, Sxy = 10.8 + 2.4 + 0 + 3.6 + 9.2 = 26, slope = 2.6, intercept = 57.4 - 2.6 * 3 = 49.6;
 * SSE = 0.04 + 0.04 + 0.16 + 1 + 0.36 = 1.6, s = sqrt(1.6 / 3). At x0 = 7 the projection is
 * 49.6 + 18.2 = 67.8 and se_pred = s * sqrt(1 + 1/5 + 16/10) = s * sqrt(2.8) = 1.2220. The target
 * is 1.2 above the projection: z = 0.982 and the likelihood P(T3 >= z) is about 0.20: HIGH.
 */
class WorkedExampleTests {

    private static final Indicator INDICATOR = new Indicator("I-1", "G-1", "Claims decided within 30 days", "%", Direction.INCREASE, 50,
            q("FY2025Q1"), 69, q("FY2026Q4"));
    private static final List<IndicatorActual> ACTUALS = Goals.quarterly("I-1", "FY2025Q2", 52, 55, 57, 61, 62);

    private static final double S = Math.sqrt(1.6 / 3);
    private static final double SE_PRED = S * Math.sqrt(1 + 1.0 / 5 + 16.0 / 10);
    private static final double Z = (69 - 67.8) / SE_PRED;

    /** The t distribution function for 3 df in closed form: 1/2 + (1/pi) (t / (sqrt3 (1 + t^2/3)) + atan(t / sqrt3)). */
    private static double studentT3(double t) {
        double r3 = Math.sqrt(3);
        return 0.5 + (t / (r3 * (1 + t * t / 3)) + Math.atan(t / r3)) / Math.PI;
    }

    private final IndicatorFigures figures = IndicatorReview.figures(INDICATOR, ACTUALS, q("FY2026Q2"), Goals.DEFAULTS);

    @Test
    void theFitIsTheOneWorkedByHand() {
        LinearTrend trend = figures.trend();
        assertThat(trend.n()).isEqualTo(5);
        assertThat(trend.slopePerQuarter()).isCloseTo(2.6, within(1e-12));
        assertThat(trend.intercept()).isCloseTo(49.6, within(1e-12));
        assertThat(trend.residualStandardError()).isCloseTo(S, within(1e-12));

        SimpleRegression library = new SimpleRegression();
        for (IndicatorActual a : ACTUALS) {
            library.addData(Quarter.quartersBetween(q("FY2025Q1"), a.quarter()), a.actual());
        }
        assertThat(trend.slopePerQuarter()).isCloseTo(library.getSlope(), within(1e-12));
        assertThat(trend.intercept()).isCloseTo(library.getIntercept(), within(1e-12));
        assertThat(trend.residualStandardError()).isCloseTo(Math.sqrt(library.getMeanSquareError()), within(1e-12));
    }

    @Test
    void theProjectionAndItsIntervalAreTheOnesWorkedByHand() {
        Projection p = figures.projection();
        assertThat(p.quarter()).isEqualTo(q("FY2026Q4"));
        assertThat(p.value()).isCloseTo(67.8, within(1e-9));
        assertThat(p.standardError()).isCloseTo(SE_PRED, within(1e-12));
        assertThat(p.degreesOfFreedom()).isEqualTo(3);
        double t90 = 1.637744; // upper 10% point of t with 3 df, from the tables
        assertThat(p.lower()).isCloseTo(67.8 - t90 * SE_PRED, within(1e-5));
        assertThat(p.upper()).isCloseTo(67.8 + t90 * SE_PRED, within(1e-5));
    }

    @Test
    void theLikelihoodIsTheOneWorkedByHand() {
        double byHand = 1 - studentT3(Z);
        assertThat(byHand).isCloseTo(0.1993, within(0.0005));
        assertThat(figures.likelihood()).isCloseTo(byHand, within(0.01));
        assertThat(figures.likelihood()).isCloseTo(1 - new TDistribution(3).cumulativeProbability(Z), within(0.01));
    }

    @Test
    void theProgressFiguresAreTheOnesWorkedByHand() {
        assertThat(figures.progressInQuarter()).isCloseTo(62 - 61, within(1e-12));
        assertThat(figures.progressShare()).isCloseTo((62 - 50) / 19.0, within(1e-12));
        assertThat(figures.timeElapsedShare()).isCloseTo(5 / 7.0, within(1e-12));
        assertThat(figures.method())
                .isEqualTo("least squares over 5 quarterly actuals, FY2025Q2-FY2026Q2 (baseline not fitted); 80% prediction interval, t with 3 df");
    }

    @Test
    void theGoalIsHighRiskAndTheEvidenceShowsTheArithmetic() {
        GoalAssessment a = Goals.goal().indicator(INDICATOR, ACTUALS).strategy("FY2026Q2").assess();
        assertThat(a.risk()).isEqualTo(RiskCategory.HIGH);
        assertThat(a.findings()).extracting(Finding::rule).containsExactly(Rule.GOAL_HIGH_RISK);
        assertThat(a.findings().get(0).evidence()).isEqualTo("risk HIGH in FY2026Q2: indicator I-1 likelihood 0.20 < 0.5"
                + " (projected 67.8 at FY2026Q4 (80% interval 65.799 to 69.801) against target 69)");
    }
}
