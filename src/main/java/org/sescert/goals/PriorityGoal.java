package org.sescert.goals;

import java.util.Objects;

/**
 * An agency priority goal (31 U.S.C. 1120(b)) as the Goals sheet gives it.
 *
 * @param statement     may be null
 * @param strategicLink the strategic goal or objective it serves; may be null
 */
public record PriorityGoal(String goalId, String title, String statement, String goalLeader, Quarter startQuarter, Quarter endQuarter,
                           String strategicLink) {

    public PriorityGoal {
        Objects.requireNonNull(goalId, "goalId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(goalLeader, "goalLeader");
        Objects.requireNonNull(startQuarter, "startQuarter");
        Objects.requireNonNull(endQuarter, "endQuarter");
        if (endQuarter.isBefore(startQuarter)) {
            throw new IllegalArgumentException("Goal " + goalId + " ends in " + endQuarter + ", before it starts in " + startQuarter + ".");
        }
    }
}
