package org.sescert.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How often chance alone gives a cluster of units with identical level shares (spec section 7).
 *
 * <p><b>The question.</b> The units of one kind keep their sizes n<sub>1</sub>..n<sub>m</sub>, and
 * every executive's level is drawn independently from the pooled distribution p of those units (their
 * own levels pooled, the null hypothesis of "no quota"). A unit's <em>shares</em> are its counts
 * divided by their greatest common divisor, so 3/6/3 of 12 and 1/2/1 of 4 are the same shares. The
 * probability asked is that <em>some</em> set of k or more units holds identical shares that use at
 * least two levels: not only the units observed, and not only the shares observed. Shares at one
 * level only (all Level 5) are left out of the event as they are left out of the finding: they are
 * DIST_NO_DISTINCTION's concern.
 *
 * <p><b>How it is computed.</b> For each shares vector r (counts with greatest common divisor 1 and
 * sum |r| &gt;= 2, so at least two levels), the number N<sub>r</sub> of units holding r is a sum of
 * independent Bernoulli variables: unit i holds r with the multinomial probability of the counts
 * (n<sub>i</sub>/|r|)·r, which is 0 unless |r| divides n<sub>i</sub>. Each a<sub>r</sub> =
 * P(N<sub>r</sub> &gt;= k) is computed exactly (a Poisson-binomial tail), and two exact bounds hold:
 * <pre>  1 - prod(1 - a_r) &lt;= P(some N_r &gt;= k) &lt;= sum a_r</pre>
 * The upper is the union bound. The lower holds because the counts of units falling in categories,
 * each unit in one, are negatively associated (Joag-Dev and Proschan, Ann. Statist. 1983), so the
 * events N<sub>r</sub> &lt; k are no likelier together than if they were independent. The two differ
 * by at most (sum a<sub>r</sub>)²/2, so wherever sum a<sub>r</sub> &lt;= 1% (every case in which a
 * severity is decided) they agree to better than 0.5% and the probability is <b>exact</b>. Where the
 * probability is larger (many small units of one size), the bounds part, and a <b>seeded Monte
 * Carlo</b> draws whole cycles of the units, with the exact sum a<sub>r</sub> = E[number of clusters]
 * as a control variate, until the standard error is a quarter of the second significant figure.
 *
 * <p>Shares vectors of a large sum (units of more than about 80 executives sharing shares by
 * their full counts) have too many compositions to enumerate; their part is bounded instead by
 * C(h, k)·M<sup>k-1</sup>, h the units that can hold them and M the largest probability of any one
 * count vector among those units. Where that bound is not negligible the result is a bound. So is
 * it for department-sized tables (thousands of units, where clusters are certain): enumeration and
 * Monte Carlo stop at work limits, so that the time stays bounded.
 */
public final class IdenticalShares {

    /** A cluster is three or more units (spec section 7). */
    public static final int MINIMUM_CLUSTER = 3;

    /** Bounds this close, relative, give the probability to two significant figures. */
    private static final double AGREEMENT = 0.005;

    private IdenticalShares() {
    }

    public enum Method { EXACT, BOUND, MONTE_CARLO }

    /**
     * The probability that chance gives a cluster of {@code clusterSize} or more units, with the
     * interval known to hold it for sure and the method that found it.
     */
    public record ClusterProbability(int clusterSize, int units, double probability, double lower, double upper, Method method,
                                     long draws, double standardError) {

        /** The probability and how it was computed, for evidence. */
        public String describe() {
            return switch (method) {
                case EXACT -> sig2(probability) + " (exact: between " + sig4(lower) + " and " + sig4(upper) + ")";
                case BOUND -> "at most " + sig2(upper) + " (exact bounds " + sig4(lower) + "-" + sig4(upper)
                        + "; units too large to enumerate are bounded)";
                case MONTE_CARLO -> sig2(probability) + " (Monte Carlo: " + draws + " draws, seed " + SharesSimulation.SEED + ", standard error "
                        + sig2(standardError) + "; exact bounds " + sig4(lower) + "-" + sig4(upper) + ")";
            };
        }
    }

    /**
     * @param sizes       the units' sizes (executives rated at the stage)
     * @param pooled      the pooled distribution of levels, indexed 1..5 (index 0 unused)
     * @param clusterSize k: the probability is of some k or more units with identical shares
     */
    public static ClusterProbability probability(long[] sizes, double[] pooled, int clusterSize) {
        return probabilities(sizes, pooled, List.of(clusterSize)).get(clusterSize);
    }

    /** The probability for each of several cluster sizes of one table, computed in one pass. */
    public static Map<Integer, ClusterProbability> probabilities(long[] sizes, double[] pooled, Collection<Integer> clusterSizes) {
        int[] ks = clusterSizes.stream().mapToInt(Integer::intValue).distinct().sorted().toArray();
        int[] levels = java.util.stream.IntStream.rangeClosed(1, 5).filter(l -> pooled[l] > 0).toArray();
        int maxSize = (int) Arrays.stream(sizes).max().orElse(0);
        Map<Integer, ClusterProbability> result = new TreeMap<>();
        if (levels.length < 2) {
            for (int k : ks) {
                result.put(k, new ClusterProbability(k, sizes.length, 0, 0, 0, Method.EXACT, 0, 0));
            }
            return result;
        }
        SharesEnumeration exact = new SharesEnumeration(sizes, pooled, levels, ks, maxSize);
        exact.run();
        List<Integer> needDraws = new ArrayList<>();
        for (int i = 0; i < ks.length; i++) {
            int k = ks[i];
            double lower = -Math.expm1(exact.logNone[i]);
            double exactUpper = Math.min(1, exact.sum[i]);
            double upper = Math.min(1, exact.sum[i] + exact.bounded[i]);
            if (upper == 0) {
                result.put(k, new ClusterProbability(k, sizes.length, 0, 0, 0, Method.EXACT, 0, 0));
            } else if (agree(lower, exactUpper)) {
                result.put(k, agree(lower, upper)
                        ? new ClusterProbability(k, sizes.length, (lower + upper) / 2, lower, upper, Method.EXACT, 0, 0)
                        : new ClusterProbability(k, sizes.length, upper, lower, upper, Method.BOUND, 0, 0));
            } else {
                needDraws.add(i);
            }
        }
        if (!needDraws.isEmpty()) {
            result.putAll(new SharesSimulation(sizes, pooled, levels, exact).run(needDraws));
        }
        return result;
    }

    /** Bounds that fix the probability to two significant figures: within 0.5%, or the same when rounded so. */
    private static boolean agree(double lower, double upper) {
        return upper - lower <= AGREEMENT * upper || sig2(lower).equals(sig2(upper));
    }

    static double quarterOfSecondFigure(double value) {
        return Math.pow(10, Math.floor(Math.log10(value)) - 1) / 4;
    }

    static int gcd(int a, int b) {
        while (b != 0) {
            int t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    static String sig2(double value) {
        return value == 0 ? "0" : String.format(Locale.ROOT, "%.2g", value);
    }

    static String sig4(double value) {
        return value == 0 ? "0" : String.format(Locale.ROOT, "%.4g", value);
    }
}
