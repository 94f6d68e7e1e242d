package org.sescert.goals;

import java.util.Objects;

/**
 * Something that contributes to a goal, and whether it contributes as planned.
 *
 * @param kind    may be null when the sheet leaves it blank
 * @param onTrack null when no one has said
 * @param note    may be null
 */
public record Contributor(String goalId, String contributor, ContributorKind kind, Boolean onTrack, String note) {

    public Contributor {
        Objects.requireNonNull(goalId, "goalId");
        Objects.requireNonNull(contributor, "contributor");
    }

    /** Only an explicit "N" counts: an unanswered contributor is not reported off track. */
    public boolean isOffTrack() {
        return Boolean.FALSE.equals(onTrack);
    }
}
