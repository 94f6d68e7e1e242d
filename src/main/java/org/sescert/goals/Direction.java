package org.sescert.goals;

/** Which way an indicator must move to meet its target. */
public enum Direction {
    INCREASE, DECREASE;

    /** Whether a value meets the target: at or above it for INCREASE, at or below it for DECREASE. */
    public boolean meets(double value, double target) {
        return this == INCREASE ? value >= target : value <= target;
    }
}
