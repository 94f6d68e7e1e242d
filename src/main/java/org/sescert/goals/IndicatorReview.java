package org.sescert.goals;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The figures of one indicator at a review quarter (spec section 8), from the actuals up to and
 * including that quarter only, so that a past review can be redone as it stood.
 *
 * <p>The trend is a least-squares line over the actuals from the baseline quarter on, with x the
 * quarters since the baseline quarter. The baseline itself is not a point of the fit: it is the
 * reference the target is set against, often measured another way or over another period, and
 * when it is the baseline quarter's actual that actual is already in the series; fitting it too
 * would count it twice. Actuals before the baseline quarter are history the baseline sums up, and
 * are left out of the figures (but not of the cadence).
 */
public final class IndicatorReview {

    private IndicatorReview() {
    }

    public static IndicatorFigures figures(Indicator indicator, List<IndicatorActual> actuals, Quarter review, GoalReviewSettings settings) {
        List<IndicatorActual> reported = actuals.stream()
                .filter(a -> a.indicatorId().equals(indicator.indicatorId()) && !a.quarter().isAfter(review))
                .sorted(Comparator.comparing(IndicatorActual::quarter)).toList();
        requireOnePerQuarter(indicator, reported);
        Quarter baselineQuarter = indicator.baselineQuarter();
        List<IndicatorActual> used = reported.stream().filter(a -> !a.quarter().isBefore(baselineQuarter)).toList();
        IndicatorActual latest = used.isEmpty() ? null : used.get(used.size() - 1);

        ReportingCadence cadence = ReportingCadence.infer(reported.stream().map(IndicatorActual::quarter).toList());
        Quarter due = cadence == ReportingCadence.QUARTERLY ? review : latestOfQuarterOfYear(reported.get(0).quarter().quarter(), review);
        boolean stale = due.isAfter(baselineQuarter) && reported.stream().noneMatch(a -> a.quarter().equals(due));

        Double progressInQuarter = null;
        if (latest != null && latest.quarter().equals(review)) {
            double previous = used.size() >= 2 ? used.get(used.size() - 2).actual() : indicator.baseline();
            progressInQuarter = latest.actual() - previous;
        }
        double distance = indicator.target() - indicator.baseline();
        Double progressShare = latest == null || distance == 0 ? null : (latest.actual() - indicator.baseline()) / distance;
        double elapsed = (double) Quarter.quartersBetween(baselineQuarter, review) / Quarter.quartersBetween(baselineQuarter, indicator.targetQuarter());
        double timeElapsedShare = Math.max(0, Math.min(1, elapsed));

        LinearTrend trend = null;
        Projection projection = null;
        if (used.size() >= settings.minimumActuals()) {
            double[] x = used.stream().mapToDouble(a -> Quarter.quartersBetween(baselineQuarter, a.quarter())).toArray();
            double[] y = used.stream().mapToDouble(IndicatorActual::actual).toArray();
            trend = LinearTrend.fit(x, y);
            projection = Projection.of(trend, Quarter.quartersBetween(baselineQuarter, indicator.targetQuarter()), indicator.targetQuarter(),
                    settings.predictionLevel());
        }
        IndicatorActual outcome = outcome(indicator, used, review);
        Double likelihood;
        if (outcome != null) {
            likelihood = indicator.direction().meets(outcome.actual(), indicator.target()) ? 1.0 : 0.0;
        } else {
            likelihood = projection == null ? null : projection.probabilityOfMeeting(indicator.target(), indicator.direction());
        }
        String method = method(indicator, used, reported.size() - used.size(), cadence, review, trend, projection, outcome, settings);
        return new IndicatorFigures(indicator, review, cadence, used.size(), latest, progressInQuarter, progressShare, timeElapsedShare,
                trend, projection, outcome, likelihood, due, stale, method);
    }

    /**
     * Once the target quarter's actual is in, or the target quarter is past, there is nothing left to
     * forecast: the question is whether the target was met. The target quarter's own actual decides;
     * past it with none reported, the latest actual does.
     */
    private static IndicatorActual outcome(Indicator indicator, List<IndicatorActual> used, Quarter review) {
        if (review.isBefore(indicator.targetQuarter()) || used.isEmpty()) {
            return null;
        }
        return used.stream().filter(a -> a.quarter().equals(indicator.targetQuarter())).findFirst()
                .orElse(review.isAfter(indicator.targetQuarter()) ? used.get(used.size() - 1) : null);
    }

    /** The latest quarter up to the review quarter that is the given quarter of its fiscal year. */
    private static Quarter latestOfQuarterOfYear(int quarterOfYear, Quarter review) {
        Quarter same = new Quarter(review.fiscalYear(), quarterOfYear);
        return same.isAfter(review) ? same.plus(-4) : same;
    }

    private static void requireOnePerQuarter(Indicator indicator, List<IndicatorActual> actuals) {
        Set<Quarter> seen = new HashSet<>();
        for (IndicatorActual a : actuals) {
            if (!seen.add(a.quarter())) {
                throw new IllegalArgumentException("Indicator " + indicator.indicatorId() + " has more than one actual for " + a.quarter()
                        + "; the Actuals sheet holds one per indicator and quarter.");
            }
        }
    }

    private static String method(Indicator indicator, List<IndicatorActual> used, int beforeBaseline, ReportingCadence cadence, Quarter review,
                                 LinearTrend trend, Projection projection, IndicatorActual outcome, GoalReviewSettings settings) {
        StringBuilder m = new StringBuilder();
        if (used.isEmpty()) {
            m.append("no actuals from the baseline quarter ").append(indicator.baselineQuarter()).append(" to ").append(review);
        } else {
            String span = used.size() == 1 ? used.get(0).quarter().toString() : used.get(0).quarter() + "-" + used.get(used.size() - 1).quarter();
            String actuals = used.size() + " " + cadence.word() + (used.size() == 1 ? " actual, " : " actuals, ") + span;
            if (trend != null) {
                m.append("least squares over ").append(actuals).append(" (baseline not fitted); ")
                        .append(Numbers.percent(projection.level())).append(" prediction interval, t with ")
                        .append(trend.degreesOfFreedom()).append(" df");
                if (trend.isPerfectFit() && outcome == null) {
                    m.append("; the actuals lie on the line, so the likelihood is 1, 0 or 0.5 as the projection meets, misses or equals the target");
                }
            } else {
                m.append(actuals).append(": fewer than ").append(settings.minimumActuals()).append(", so no trend is fitted");
            }
        }
        if (outcome != null) {
            boolean met = indicator.direction().meets(outcome.actual(), indicator.target());
            m.append("; target quarter ").append(indicator.targetQuarter()).append(review.isAfter(indicator.targetQuarter()) ? " has passed" : " is reported")
                    .append(", so the likelihood is ").append(met ? "1" : "0").append(": ").append(outcome.quarter()).append(" actual ")
                    .append(Numbers.value(outcome.actual())).append(met ? " met" : " missed").append(" the target ").append(Numbers.value(indicator.target()));
        } else if (trend == null) {
            m.append("; likelihood unknown");
        }
        if (beforeBaseline > 0) {
            m.append("; ").append(beforeBaseline).append(beforeBaseline == 1 ? " actual" : " actuals").append(" before the baseline quarter not used");
        }
        return m.toString();
    }
}
