package org.sescert.goals;

/**
 * One indicator at the review quarter: what 31 U.S.C. 1121(b)(1) asks the goal leader to review,
 * the progress of the most recent quarter, the overall trend and the likelihood of meeting the
 * planned level of performance.
 *
 * @param cadence            how the indicator reports, inferred from its actuals
 * @param actualsUsed        actuals from the baseline quarter to the review quarter, the ones the figures rest on
 * @param latestActual       the latest of them; null when there is none
 * @param progressInQuarter  the review quarter's actual minus the previous actual, or the baseline when there is none before; null without an actual for the review quarter
 * @param progressShare      (latest actual - baseline) / (target - baseline): 1 is the target reached, whatever the direction; null without an actual or when target = baseline
 * @param timeElapsedShare   quarters from baseline quarter to review quarter over quarters from baseline quarter to target quarter, in 0..1
 * @param trend              the least-squares line through the actuals; null with fewer than the minimum
 * @param projection         the trend's forecast at the target quarter; null without a trend
 * @param outcome            once the target quarter's actual is in or the target quarter is past, the actual that decides whether the target was met; else null
 * @param likelihood         the probability of meeting the target; null when UNKNOWN
 * @param dueQuarter         the latest quarter up to the review quarter in which the indicator was due to report
 * @param staleData          whether that quarter, being after the baseline quarter, has no actual
 * @param method             how the figures were reached, in a sentence
 */
public record IndicatorFigures(Indicator indicator, Quarter reviewQuarter, ReportingCadence cadence, int actualsUsed, IndicatorActual latestActual,
                               Double progressInQuarter, Double progressShare, double timeElapsedShare, LinearTrend trend, Projection projection,
                               IndicatorActual outcome, Double likelihood, Quarter dueQuarter, boolean staleData, String method) {

    public String indicatorId() {
        return indicator.indicatorId();
    }

    public boolean likelihoodKnown() {
        return likelihood != null;
    }

    /** What the likelihood rests on, with the numbers: for risk reasons and evidence. */
    public String basis() {
        String target = " against target " + Numbers.value(indicator.target());
        if (outcome != null) {
            return outcome.quarter() + " actual " + Numbers.value(outcome.actual()) + target + " for " + indicator.targetQuarter();
        }
        if (projection != null) {
            return "projected " + Numbers.value(projection.value()) + " at " + projection.quarter() + " (" + Numbers.percent(projection.level())
                    + " interval " + Numbers.value(projection.lower()) + " to " + Numbers.value(projection.upper()) + ")" + target;
        }
        return actualsUsed + (actualsUsed == 1 ? " actual" : " actuals") + " since the baseline quarter " + indicator.baselineQuarter();
    }
}
