package org.sescert.goals;

import java.util.Objects;

/**
 * A milestone of a priority goal.
 *
 * @param completedQuarter null while it is not complete
 */
public record Milestone(String goalId, String milestone, Quarter dueQuarter, Quarter completedQuarter) {

    public Milestone {
        Objects.requireNonNull(goalId, "goalId");
        Objects.requireNonNull(milestone, "milestone");
        Objects.requireNonNull(dueQuarter, "dueQuarter");
    }

    /** Due by the review quarter and not complete by its end; one completed in a later quarter was still open then. */
    public boolean isOverdueAt(Quarter review) {
        return !dueQuarter.isAfter(review) && (completedQuarter == null || completedQuarter.isAfter(review));
    }
}
