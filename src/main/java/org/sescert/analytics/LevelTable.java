package org.sescert.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How many executives each unit of one kind (components, rating officials, pay pools, PRBs)
 * has at each level, at one stage (initial, PRB, final), or at two stages that gave the same
 * counts ({@link #BOTH_STAGES}). Counts are indexed by level, 1 to 5.
 */
public record LevelTable(String unitKind, String stage, Map<String, long[]> units) {

    public static final String INITIAL = "INITIAL";
    public static final String FINAL = "FINAL";
    /** The initial and the final ratings, where every unit of the kind has the same counts at both. */
    public static final String BOTH_STAGES = "INITIAL AND FINAL";

    public LevelTable {
        Map<String, long[]> copy = new LinkedHashMap<>();
        units.forEach((unit, counts) -> {
            if (counts.length != 6) {
                throw new IllegalArgumentException("counts are indexed 1..5");
            }
            copy.put(unit, counts.clone());
        });
        units = Collections.unmodifiableMap(copy);
    }

    public static long size(long[] counts) {
        long n = 0;
        for (int level = 1; level <= 5; level++) {
            n += counts[level];
        }
        return n;
    }

    /** The stage as a message names it: "final", "initial", "initial and final". */
    public String stageName() {
        return stageName(stage);
    }

    public static String stageName(String stage) {
        return stage.toLowerCase(Locale.ROOT);
    }

    /** The same units with the same counts. */
    public boolean sameCounts(LevelTable other) {
        return units.keySet().equals(other.units.keySet())
                && units.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), other.units.get(e.getKey())));
    }

    /**
     * A unit kind's initial and final tables: one table for both stages where the PRB stage changed
     * nothing in the kind (the same data is then tested once), else the final and the initial.
     */
    public static List<LevelTable> byStage(LevelTable initial, LevelTable last) {
        if (initial.units.isEmpty()) {
            return last.units.isEmpty() ? List.of() : List.of(last);
        }
        if (last.units.isEmpty()) {
            return List.of(initial);
        }
        return initial.sameCounts(last) ? List.of(new LevelTable(last.unitKind, BOTH_STAGES, last.units)) : List.of(last, initial);
    }

    /** Pay pools default to components: the same partition at the same stage is analysed once, not twice. */
    public static List<LevelTable> distinctPartitions(List<LevelTable> tables) {
        List<LevelTable> distinct = new ArrayList<>();
        for (LevelTable t : tables) {
            if (distinct.stream().noneMatch(d -> d.stage.equals(t.stage) && d.sameCounts(t))) {
                distinct.add(t);
            }
        }
        return distinct;
    }

    /** Counts as "L5/L4/L3/L2/L1", the order reports use. */
    public static String describe(long[] counts) {
        return counts[5] + "/" + counts[4] + "/" + counts[3] + "/" + counts[2] + "/" + counts[1];
    }
}
