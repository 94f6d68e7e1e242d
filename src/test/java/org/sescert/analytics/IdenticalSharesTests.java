package org.sescert.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sescert.analytics.IdenticalShares.ClusterProbability;
import org.sescert.analytics.IdenticalShares.Method;

class IdenticalSharesTests {

    /** One count vector a unit can have, its probability, and its shares ("" when at one level only). */
    private record Outcome(double probability, String shares) {
    }

    /**
     * The probability by brute force, independently of the class: every count vector of every unit,
     * every combination of them, and whether some shares (of two or more levels) are held by k or more units.
     */
    static double byFullEnumeration(int[] sizes, double[] pooled, int k) {
        List<List<Outcome>> outcomes = new ArrayList<>();
        for (int size : sizes) {
            List<Outcome> unit = new ArrayList<>();
            vectors(size, 1, new int[6], pooled, unit);
            outcomes.add(unit);
        }
        return walk(outcomes, 0, 1.0, new HashMap<>(), 0, k);
    }

    private static void vectors(int remaining, int level, int[] counts, double[] pooled, List<Outcome> out) {
        if (level == 5) {
            counts[5] = remaining;
            double p = factorial(counts[1] + counts[2] + counts[3] + counts[4] + counts[5]);
            int gcd = 0;
            int used = 0;
            for (int l = 1; l <= 5; l++) {
                p = p / factorial(counts[l]) * Math.pow(pooled[l], counts[l]);
                gcd = java.math.BigInteger.valueOf(gcd).gcd(java.math.BigInteger.valueOf(counts[l])).intValue();
                used += counts[l] > 0 ? 1 : 0;
            }
            StringBuilder shares = new StringBuilder();
            for (int l = 1; l <= 5 && used >= 2; l++) {
                shares.append(counts[l] / gcd).append(':');
            }
            if (p > 0) {
                out.add(new Outcome(p, shares.toString()));
            }
            return;
        }
        for (int c = 0; c <= remaining; c++) {
            counts[level] = c;
            vectors(remaining - c, level + 1, counts, pooled, out);
        }
    }

    private static double walk(List<List<Outcome>> units, int index, double p, Map<String, Integer> held, int clusters, int k) {
        if (index == units.size()) {
            return clusters > 0 ? p : 0;
        }
        double total = 0;
        for (Outcome o : units.get(index)) {
            int now = o.shares().isEmpty() ? 0 : held.merge(o.shares(), 1, Integer::sum);
            total += walk(units, index + 1, p * o.probability(), held, clusters + (now == k ? 1 : 0), k);
            if (!o.shares().isEmpty()) {
                held.merge(o.shares(), -1, Integer::sum);
            }
        }
        return total;
    }

    private static double factorial(int n) {
        double f = 1;
        for (int i = 2; i <= n; i++) {
            f *= i;
        }
        return f;
    }

    private static long[] longs(int... sizes) {
        return java.util.Arrays.stream(sizes).asLongStream().toArray();
    }

    @Test
    void aRareClusterIsComputedExactlyAndMatchesFullEnumeration() {
        // Four levels in use; units of 4, 4, 8 and 6 executives: 1:1:1:1 of 4 is also 2:2:2:2 of 8.
        double[] pooled = {0, 0, 0.05, 0.15, 0.35, 0.45};
        int[] sizes = {4, 4, 8, 6};
        double enumerated = byFullEnumeration(sizes, pooled, 3);
        ClusterProbability computed = IdenticalShares.probability(longs(sizes), pooled, 3);
        System.out.printf("exact case: enumeration %.6g, computed %s%n", enumerated, computed.describe());
        assertThat(computed.method()).isEqualTo(Method.EXACT);
        assertThat(enumerated).isBetween(computed.lower() * (1 - 1e-12), computed.upper() * (1 + 1e-12));
        assertThat(computed.probability()).isCloseTo(enumerated, within(0.005 * enumerated));
    }

    @Test
    void aCommonClusterIsEstimatedByMonteCarloWithinItsStandardError() {
        // Seven units of 3 executives over three levels: three of them often match.
        double[] pooled = {0, 0, 0, 0.2, 0.4, 0.4};
        int[] sizes = {3, 3, 3, 3, 3, 3, 3};
        double enumerated = byFullEnumeration(sizes, pooled, 3);
        ClusterProbability computed = IdenticalShares.probability(longs(sizes), pooled, 3);
        System.out.printf("common case: enumeration %.6g, computed %s%n", enumerated, computed.describe());
        assertThat(computed.method()).isEqualTo(Method.MONTE_CARLO);
        assertThat(enumerated).isBetween(computed.lower(), computed.upper());
        assertThat(computed.probability()).isCloseTo(enumerated, within(4 * computed.standardError()));
        assertThat(computed.describe()).contains("Monte Carlo").contains("draws");
    }

    @Test
    void severalClusterSizesComputedInOnePassEachMatchFullEnumeration() {
        double[] pooled = {0, 0, 0, 0.15, 0.35, 0.5};
        int[] sizes = {2, 2, 4, 4, 6, 8};
        java.util.Map<Integer, ClusterProbability> computed = IdenticalShares.probabilities(longs(sizes), pooled, List.of(3, 4, 5));
        for (int k = 3; k <= 5; k++) {
            double enumerated = byFullEnumeration(sizes, pooled, k);
            ClusterProbability p = computed.get(k);
            System.out.printf("k=%d: enumeration %.6g, computed %s%n", k, enumerated, p.describe());
            assertThat(enumerated).isBetween(p.lower() * (1 - 1e-12), p.upper() * (1 + 1e-12));
            double tolerance = p.method() == Method.EXACT ? 0.005 * enumerated : 4 * p.standardError();
            assertThat(p.probability()).isCloseTo(enumerated, within(tolerance));
        }
    }

    @Test
    void unitsWhoseSizesShareNoDivisorCannotShareShares() {
        ClusterProbability none = IdenticalShares.probability(longs(10, 11, 13), new double[] {0, 0.01, 0.02, 0.17, 0.4, 0.4}, 3);
        assertThat(none.probability()).isZero();
        assertThat(none.method()).isEqualTo(Method.EXACT);
    }
}
