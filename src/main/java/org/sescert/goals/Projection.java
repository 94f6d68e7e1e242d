package org.sescert.goals;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * A trend's forecast of one quarter's value: the point on the line and a two-sided prediction
 * interval from the t distribution with n - 2 degrees of freedom.
 *
 * @param standardError the prediction standard error; 0 for a perfect fit, and then the interval is the point
 * @param level         the interval's two-sided level, e.g. 0.80
 */
public record Projection(Quarter quarter, double value, double lower, double upper, double level, double standardError,
                         int degreesOfFreedom) {

    private static final double SAME = 1e-9;

    public static Projection of(LinearTrend trend, double x0, Quarter quarter, double level) {
        double value = trend.valueAt(x0);
        double se = trend.predictionStandardError(x0);
        double half = se == 0 ? 0 : TDistribution.of(trend.degreesOfFreedom()).inverseCumulativeProbability((1 + level) / 2) * se;
        return new Projection(quarter, value, value - half, value + half, level, se, trend.degreesOfFreedom());
    }

    /**
     * The probability that the quarter's value meets the target under the predictive t distribution:
     * P(Y >= target) for INCREASE, P(Y <= target) for DECREASE. With a perfect fit the distribution
     * is a point, and this is 1 or 0 as the projection meets or misses the target, or 0.5 when it lands
     * on it, which is where the t probability tends as the scatter shrinks.
     */
    public double probabilityOfMeeting(double target, Direction direction) {
        if (standardError == 0) {
            if (Math.abs(value - target) <= SAME * Math.max(Math.abs(value), Math.abs(target))) {
                return 0.5;
            }
            return direction.meets(value, target) ? 1 : 0;
        }
        TDistribution t = TDistribution.of(degreesOfFreedom);
        double z = (target - value) / standardError;
        return direction == Direction.INCREASE ? t.survivalProbability(z) : t.cumulativeProbability(z);
    }
}
