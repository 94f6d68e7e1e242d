package org.sescert.goals;

import java.util.Objects;

/**
 * A performance indicator of a priority goal: where it started and where it must be by when.
 *
 * @param unit may be null
 */
public record Indicator(String indicatorId, String goalId, String name, String unit, Direction direction, double baseline,
                        Quarter baselineQuarter, double target, Quarter targetQuarter) {

    public Indicator {
        Objects.requireNonNull(indicatorId, "indicatorId");
        Objects.requireNonNull(goalId, "goalId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(baselineQuarter, "baselineQuarter");
        Objects.requireNonNull(targetQuarter, "targetQuarter");
        if (!Double.isFinite(baseline) || !Double.isFinite(target)) {
            throw new IllegalArgumentException("Indicator " + indicatorId + " needs a finite baseline and target.");
        }
        // Share of time elapsed and the projection both run from the baseline quarter to the target quarter.
        if (!targetQuarter.isAfter(baselineQuarter)) {
            throw new IllegalArgumentException("Indicator " + indicatorId + " has its target quarter " + targetQuarter
                    + " at or before its baseline quarter " + baselineQuarter + "; the target must come later.");
        }
    }
}
