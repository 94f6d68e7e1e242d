package org.sescert.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.sescert.goals.Goals.DEFAULTS;
import static org.sescert.goals.Goals.REVIEW;
import static org.sescert.goals.Goals.decrease;
import static org.sescert.goals.Goals.increase;
import static org.sescert.goals.Goals.q;
import static org.sescert.goals.Goals.quarterly;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class IndicatorReviewTests {

    private static IndicatorFigures figures(Indicator indicator, List<IndicatorActual> actuals, String review) {
        return IndicatorReview.figures(indicator, actuals, q(review), DEFAULTS);
    }

    @Test
    void anIndicatorFarAheadOfPaceIsAlmostSureToMeetItsTarget() {
        IndicatorFigures f = figures(increase("I-1", 40, 80), Goals.aheadOfPace("I-1"), "FY2026Q2");
        assertThat(f.progressInQuarter()).isEqualTo(7.0);
        assertThat(f.progressShare()).isCloseTo(35.0 / 40, within(1e-12));
        assertThat(f.timeElapsedShare()).isCloseTo(5.0 / 7, within(1e-12));
        assertThat(f.progressShare()).isGreaterThan(f.timeElapsedShare());
        assertThat(f.projection().value()).isGreaterThan(85);
        assertThat(f.likelihood()).isGreaterThan(0.99);
        assertThat(f.method()).isEqualTo("least squares over 5 quarterly actuals, FY2025Q2-FY2026Q2 (baseline not fitted); 80% prediction interval, t with 3 df");
    }

    @Test
    void aFlatIndicatorFarFromItsTargetIsAlmostSureToMissIt() {
        IndicatorFigures f = figures(increase("I-1", 40, 80), quarterly("I-1", "FY2025Q2", 41, 40, 42, 41, 41), "FY2026Q2");
        assertThat(f.likelihood()).isLessThan(0.01);
        assertThat(f.progressShare()).isCloseTo(1.0 / 40, within(1e-12));
    }

    @Test
    void aDecreaseIndicatorFallingTowardItsTargetCountsAsProgress() {
        IndicatorFigures f = figures(decrease("I-1", 120, 60), quarterly("I-1", "FY2025Q2", 110, 100, 90, 81, 70), "FY2026Q2");
        assertThat(f.progressInQuarter()).isEqualTo(-11.0);
        assertThat(f.progressShare()).as("(70 - 120) / (60 - 120)").isCloseTo(50.0 / 60, within(1e-12));
        assertThat(f.trend().slopePerQuarter()).isCloseTo(-9.9, within(1e-9));
        assertThat(f.projection().value()).isCloseTo(50.6, within(1e-9));
        assertThat(f.likelihood()).isGreaterThan(0.99);
    }

    @Test
    void theFirstActualsProgressIsCountedFromTheBaseline() {
        IndicatorFigures f = figures(increase("I-1", 40, 80), quarterly("I-1", "FY2025Q2", 46), "FY2025Q2");
        assertThat(f.progressInQuarter()).isEqualTo(6.0);
    }

    @Test
    void withNoActualForTheReviewQuarterThereIsNoProgressInIt() {
        IndicatorFigures f = figures(increase("I-1", 40, 80), quarterly("I-1", "FY2025Q2", 46, 53, 60, 68), "FY2026Q2");
        assertThat(f.progressInQuarter()).isNull();
        assertThat(f.progressShare()).as("still measured from the latest actual").isCloseTo(28.0 / 40, within(1e-12));
    }

    @Test
    void aTargetEqualToTheBaselineHasNoShareOfProgress() {
        IndicatorFigures f = figures(increase("I-1", 40, 40), quarterly("I-1", "FY2025Q2", 41, 42, 43), "FY2025Q4");
        assertThat(f.progressShare()).isNull();
        assertThat(f.likelihood()).isNotNull();
    }

    @Test
    void timeElapsedIsClampedToTheBaselineAndTargetQuarters() {
        Indicator i = increase("I-1", 40, 80);
        assertThat(figures(i, List.of(), "FY2024Q3").timeElapsedShare()).isZero();
        assertThat(figures(i, List.of(), "FY2027Q3").timeElapsedShare()).isEqualTo(1.0);
    }

    @Test
    void actualsAfterTheReviewQuarterAreNotUsed() {
        List<IndicatorActual> actuals = new ArrayList<>(Goals.aheadOfPace("I-1"));
        actuals.add(new IndicatorActual("I-1", q("FY2026Q3"), 10, null));
        IndicatorFigures f = figures(increase("I-1", 40, 80), actuals, "FY2026Q2");
        assertThat(f.actualsUsed()).isEqualTo(5);
        assertThat(f.latestActual().quarter()).isEqualTo(REVIEW);
    }

    @Test
    void actualsBeforeTheBaselineQuarterAreLeftOutAndTheMethodSaysSo() {
        List<IndicatorActual> actuals = new ArrayList<>(quarterly("I-1", "FY2024Q3", 5, 6));
        actuals.addAll(Goals.aheadOfPace("I-1"));
        IndicatorFigures f = figures(increase("I-1", 40, 80), actuals, "FY2026Q2");
        assertThat(f.actualsUsed()).isEqualTo(5);
        assertThat(f.method()).endsWith("; 2 actuals before the baseline quarter not used");
    }

    @Test
    void fewerThanThreeActualsGiveAnUnknownLikelihood() {
        IndicatorFigures f = figures(increase("I-1", 40, 80), quarterly("I-1", "FY2026Q1", 68, 75), "FY2026Q2");
        assertThat(f.likelihood()).isNull();
        assertThat(f.trend()).isNull();
        assertThat(f.projection()).isNull();
        assertThat(f.method()).isEqualTo("2 quarterly actuals, FY2026Q1-FY2026Q2: fewer than 3, so no trend is fitted; likelihood unknown");
        assertThat(figures(increase("I-1", 40, 80), quarterly("I-1", "FY2025Q4", 60, 68, 75), "FY2026Q2").likelihood()).isNotNull();
    }

    @Test
    void aPerfectFitMeetsMissesOrLandsOnTheTarget() {
        List<IndicatorActual> line = quarterly("I-1", "FY2025Q2", 45, 50, 55, 60, 65); // 40 + 5x: 75 at x = 7
        assertThat(figures(increase("I-1", 40, 70), line, "FY2026Q2").likelihood()).isEqualTo(1.0);
        assertThat(figures(increase("I-1", 40, 80), line, "FY2026Q2").likelihood()).isEqualTo(0.0);
        IndicatorFigures on = figures(increase("I-1", 40, 75), line, "FY2026Q2");
        assertThat(on.likelihood()).isEqualTo(0.5);
        assertThat(on.projection().lower()).isEqualTo(on.projection().upper());
        assertThat(on.method()).contains("the actuals lie on the line");
    }

    @Test
    void pastTheTargetQuarterTheLikelihoodIsWhetherItsActualMetTheTarget() {
        List<IndicatorActual> met = quarterly("I-1", "FY2025Q2", 46, 53, 60, 68, 75, 79, 82);
        IndicatorFigures f = figures(increase("I-1", 40, 80), met, "FY2027Q1");
        assertThat(f.likelihood()).isEqualTo(1.0);
        assertThat(f.outcome().quarter()).isEqualTo(q("FY2026Q4"));
        assertThat(f.method()).endsWith("; target quarter FY2026Q4 has passed, so the likelihood is 1: FY2026Q4 actual 82 met the target 80");

        List<IndicatorActual> missed = quarterly("I-1", "FY2025Q2", 46, 53, 60, 68, 75, 79, 78);
        assertThat(figures(increase("I-1", 40, 80), missed, "FY2027Q1").likelihood()).isEqualTo(0.0);
    }

    @Test
    void inTheTargetQuarterItsReportedActualDecidesAndOtherwiseTheForecastDoes() {
        List<IndicatorActual> reported = quarterly("I-1", "FY2025Q2", 46, 53, 60, 68, 75, 79, 78);
        IndicatorFigures f = figures(increase("I-1", 40, 80), reported, "FY2026Q4");
        assertThat(f.likelihood()).isEqualTo(0.0);
        assertThat(f.method()).contains("target quarter FY2026Q4 is reported");

        IndicatorFigures awaited = figures(increase("I-1", 40, 80), reported.subList(0, 6), "FY2026Q4");
        assertThat(awaited.outcome()).isNull();
        assertThat(awaited.likelihood()).isStrictlyBetween(0.0, 1.0);
    }

    @Test
    void pastTheTargetQuarterWithoutItsActualTheLatestActualDecides() {
        List<IndicatorActual> actuals = new ArrayList<>(quarterly("I-1", "FY2025Q2", 46, 53, 60, 68, 75, 79));
        actuals.add(new IndicatorActual("I-1", q("FY2027Q1"), 81, null));
        IndicatorFigures f = figures(increase("I-1", 40, 80), actuals, "FY2027Q2");
        assertThat(f.outcome().quarter()).isEqualTo(q("FY2027Q1"));
        assertThat(f.likelihood()).isEqualTo(1.0);
    }

    @Test
    void quarterlyReportingIsDueEveryQuarter() {
        IndicatorFigures missing = figures(increase("I-1", 40, 80), quarterly("I-1", "FY2025Q2", 46, 53, 60, 68), "FY2026Q2");
        assertThat(missing.cadence()).isEqualTo(ReportingCadence.QUARTERLY);
        assertThat(missing.dueQuarter()).isEqualTo(REVIEW);
        assertThat(missing.staleData()).isTrue();
        assertThat(figures(increase("I-1", 40, 80), Goals.aheadOfPace("I-1"), "FY2026Q2").staleData()).isFalse();
    }

    @Test
    void anAnnualIndicatorIsDueOnlyInTheQuarterItReports() {
        Indicator annual = new Indicator("I-9", "G-1", "Customer satisfaction", "index", Direction.INCREASE, 60, q("FY2023Q4"), 75, q("FY2027Q4"));
        List<IndicatorActual> actuals = List.of(new IndicatorActual("I-9", q("FY2024Q4"), 63, null), new IndicatorActual("I-9", q("FY2025Q4"), 66, null));
        IndicatorFigures between = IndicatorReview.figures(annual, actuals, q("FY2026Q2"), DEFAULTS);
        assertThat(between.cadence()).isEqualTo(ReportingCadence.ANNUAL);
        assertThat(between.dueQuarter()).isEqualTo(q("FY2025Q4"));
        assertThat(between.staleData()).isFalse();

        IndicatorFigures due = IndicatorReview.figures(annual, actuals, q("FY2026Q4"), DEFAULTS);
        assertThat(due.dueQuarter()).isEqualTo(q("FY2026Q4"));
        assertThat(due.staleData()).isTrue();
    }

    @Test
    void nothingIsDueUntilAQuarterAfterTheBaselineQuarter() {
        Indicator starting = new Indicator("I-1", "G-1", "Claims decided", "%", Direction.INCREASE, 40, q("FY2026Q2"), 80, q("FY2027Q4"));
        assertThat(IndicatorReview.figures(starting, List.of(), q("FY2026Q2"), DEFAULTS).staleData()).isFalse();
        Indicator started = new Indicator("I-1", "G-1", "Claims decided", "%", Direction.INCREASE, 40, q("FY2026Q1"), 80, q("FY2027Q4"));
        assertThat(IndicatorReview.figures(started, List.of(), q("FY2026Q2"), DEFAULTS).staleData()).isTrue();
    }

    @Test
    void twoActualsForOneQuarterAreRefused() {
        List<IndicatorActual> twice = List.of(new IndicatorActual("I-1", REVIEW, 70, null), new IndicatorActual("I-1", REVIEW, 71, null));
        assertThatThrownBy(() -> figures(increase("I-1", 40, 80), twice, "FY2026Q2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Indicator I-1 has more than one actual for FY2026Q2; the Actuals sheet holds one per indicator and quarter.");
    }

    @Test
    void aTargetQuarterNotAfterTheBaselineQuarterIsRefused() {
        assertThatThrownBy(() -> new Indicator("I-1", "G-1", "x", null, Direction.INCREASE, 1, q("FY2026Q1"), 2, q("FY2026Q1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the target must come later");
    }
}
