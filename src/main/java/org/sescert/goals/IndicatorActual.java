package org.sescert.goals;

import java.util.Objects;

/**
 * The value an indicator reached in a quarter.
 *
 * @param planned the level planned for that quarter; may be null
 */
public record IndicatorActual(String indicatorId, Quarter quarter, double actual, Double planned) {

    public IndicatorActual {
        Objects.requireNonNull(indicatorId, "indicatorId");
        Objects.requireNonNull(quarter, "quarter");
        if (!Double.isFinite(actual)) {
            throw new IllegalArgumentException("Indicator " + indicatorId + " has a non-finite actual for " + quarter + ".");
        }
    }
}
