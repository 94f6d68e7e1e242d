package org.sescert.generate;

import java.util.Arrays;

/**
 * The final rating levels a generated cycle should show, as shares of the rated executives:
 * {@code shares[5]} is Level 5's. Recent real SES cycles rate about 64% at Level 5 and 32% at
 * Level 4; the rest is thin.
 */
public record LevelShares(double[] shares) {

    /** About 64% Level 5 and 32% Level 4, as in recent real SES cycles. */
    public static final LevelShares REALISTIC = of(64, 32, 3.4, 0.4, 0.2);

    public LevelShares {
        if (shares.length != 6) {
            throw new IllegalArgumentException("shares are indexed by level 1-5");
        }
        double total = Arrays.stream(shares).sum();
        if (Math.abs(total - 1) > 1e-6 || Arrays.stream(shares).anyMatch(s -> s < 0)) {
            throw new IllegalArgumentException("level shares must be non-negative and add up to 100%");
        }
        shares = shares.clone();
    }

    /** Percentages for Levels 5, 4, 3, 2 and 1, in that order; they must add up to 100. */
    public static LevelShares of(double l5, double l4, double l3, double l2, double l1) {
        return new LevelShares(new double[] {0, l1 / 100, l2 / 100, l3 / 100, l4 / 100, l5 / 100});
    }

    /** "64,32,3.4,0.4,0.2": Levels 5 to 1, in percent. */
    public static LevelShares parse(String text) {
        String[] parts = text.split(",");
        if (parts.length != 5) {
            throw new IllegalArgumentException("give five percentages, Levels 5 to 1, e.g. 64,32,3.4,0.4,0.2");
        }
        double[] p = Arrays.stream(parts).mapToDouble(s -> Double.parseDouble(s.strip())).toArray();
        if (Math.abs(Arrays.stream(p).sum() - 100) > 0.01) {
            throw new IllegalArgumentException("the five percentages must add up to 100");
        }
        return of(p[0], p[1], p[2], p[3], p[4]);
    }

    public double share(int level) {
        return shares[level];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LevelShares other && Arrays.equals(shares, other.shares);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(shares);
    }

    @Override
    public String toString() {
        return "L5 %.1f%%, L4 %.1f%%, L3 %.1f%%, L2 %.1f%%, L1 %.1f%%".formatted(100 * shares[5], 100 * shares[4], 100 * shares[3],
                100 * shares[2], 100 * shares[1]);
    }
}
