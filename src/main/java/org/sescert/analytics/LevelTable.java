package org.sescert.analytics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many executives each unit of one kind (components, rating officials, pay pools, PRBs)
 * has at each level, at one stage (initial, PRB, final). Counts are indexed by level, 1 to 5.
 */
public record LevelTable(String unitKind, String stage, Map<String, long[]> units) {

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

    /** Pay pools default to components: the same partition is analysed once, not twice. */
    public static java.util.List<LevelTable> distinctPartitions(java.util.List<LevelTable> tables) {
        java.util.List<LevelTable> distinct = new java.util.ArrayList<>();
        for (LevelTable t : tables) {
            boolean same = distinct.stream().anyMatch(d -> d.units().keySet().equals(t.units().keySet())
                    && d.units().entrySet().stream().allMatch(e -> java.util.Arrays.equals(e.getValue(), t.units().get(e.getKey()))));
            if (!same) {
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
