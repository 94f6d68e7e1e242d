package org.sescert.jobs;

/**
 * What a run is about, for its lock and its messages: an activity ("import", "check") and the
 * cycle or quarter it works on. Two runs of the same activity for the same subject never overlap.
 */
public record Subject(String activity, String id, String label) {

    public static Subject cycle(String activity, String cycleId) {
        return new Subject(activity, cycleId, "cycle " + cycleId);
    }

    public static Subject quarter(String activity, String quarter) {
        return new Subject(activity, quarter, "quarter " + quarter);
    }
}
