package org.sescert.goals;

import java.util.Objects;

/** A strategy for performance improvement recorded for a goal in a quarter (31 U.S.C. 1121(b)(5)). */
public record Strategy(String goalId, Quarter quarter, String strategy) {

    public Strategy {
        Objects.requireNonNull(goalId, "goalId");
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(strategy, "strategy");
    }
}
