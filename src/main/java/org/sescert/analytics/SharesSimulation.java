package org.sescert.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.apache.commons.numbers.combinatorics.BinomialCoefficientDouble;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AliasMethodDiscreteSampler;
import org.apache.commons.rng.sampling.distribution.SharedStateDiscreteSampler;
import org.sescert.analytics.IdenticalShares.ClusterProbability;
import org.sescert.analytics.IdenticalShares.Method;

/**
 * Whole cycles of the units drawn from the pooled distribution; each draw counts, for each
 * cluster size k, the shares vectors (of the sums enumerated exactly) held by k or more units.
 * The estimate of P(X_k >= 1) uses X_k's exact mean as a control variate, which removes most of
 * the variance where clusters are rare.
 */
final class SharesSimulation {

    static final long SEED = 5384L;
    private static final int BATCH = 2_000;
    private static final int MIN_DRAWS = 10_000;
    private static final int MAX_DRAWS = 1_000_000;
    /** About this many unit draws at most, so that a department-sized table takes bounded time. */
    private static final double DRAW_LIMIT = 3e7;
    /** Units with at most this many possible count vectors are drawn from an alias table, in one step. */
    private static final double VECTORS_LIMIT = 100_000;

    private final long[] sizes;
    private final double[] cumulative;
    private final SharesEnumeration exact;
    /** The units that can hold a shares vector of an enumerated sum: the others cannot join a counted cluster. */
    private final int[] holders;
    private final long base;

    SharesSimulation(long[] sizes, double[] pooled, int[] levels, SharesEnumeration exact) {
        this.sizes = sizes;
        this.exact = exact;
        this.cumulative = new double[levels.length];
        double acc = 0;
        for (int j = 0; j < levels.length; j++) {
            acc += pooled[levels[j]];
            cumulative[j] = acc;
        }
        List<Integer> units = new ArrayList<>();
        for (int i = 0; i < sizes.length; i++) {
            for (int s = 2; s <= exact.largestEnumerated; s++) {
                if (exact.enumerated[s] && sizes[i] % s == 0) {
                    units.add(i);
                    break;
                }
            }
        }
        this.holders = units.stream().mapToInt(Integer::intValue).toArray();
        this.base = exact.largestEnumerated + 1L;
    }

    /**
     * Units of one size share one distribution over count vectors: where there are few enough
     * vectors, an alias table (Commons RNG) draws a unit's shares key in one step.
     */
    private Map<Long, ByVector> samplers(UniformRandomProvider rng) {
        Map<Long, ByVector> bySize = new HashMap<>();
        for (int i : holders) {
            long n = sizes[i];
            double vectors = BinomialCoefficientDouble.value((int) n + cumulative.length - 1, cumulative.length - 1);
            if (!bySize.containsKey(n) && vectors <= VECTORS_LIMIT) {
                List<Double> probabilities = new ArrayList<>();
                List<Long> keys = new ArrayList<>();
                vectors((int) n, new int[cumulative.length], 0, (int) n, probabilities, keys);
                bySize.put(n, new ByVector(AliasMethodDiscreteSampler.of(rng, probabilities.stream().mapToDouble(Double::doubleValue).toArray()),
                        keys.stream().mapToLong(Long::longValue).toArray()));
            }
        }
        return bySize;
    }

    private void vectors(int n, int[] counts, int index, int remaining, List<Double> probabilities, List<Long> keys) {
        if (index == counts.length - 1) {
            counts[index] = remaining;
            double log = exact.logFactorial.value(n);
            for (int j = 0; j < counts.length; j++) {
                log += counts[j] * exact.logP[j] - exact.logFactorial.value(counts[j]);
            }
            probabilities.add(Math.exp(log));
            keys.add(key(n, counts));
            return;
        }
        for (int c = 0; c <= remaining; c++) {
            counts[index] = c;
            vectors(n, counts, index + 1, remaining - c, probabilities, keys);
        }
    }

    /** @param which indices into the exact part's cluster sizes */
    Map<Integer, ClusterProbability> run(List<Integer> which) {
        SplittableRandom random = new SplittableRandom(SEED);
        Map<Long, ByVector> bySize = samplers(random::nextLong);
        // A draw costs one step per unit with an alias table, one per executive otherwise, and a sort.
        double perDraw = holders.length * (1 + Math.log(holders.length + 1) / Math.log(2));
        for (int i : holders) {
            perDraw += bySize.containsKey(sizes[i]) ? 0 : sizes[i];
        }
        long maxDraws = Math.max(BATCH, Math.min(MAX_DRAWS, (long) (DRAW_LIMIT / perDraw)));
        long minDraws = Math.min(MIN_DRAWS, maxDraws);
        int m = which.size();
        int[] ks = which.stream().mapToInt(i -> exact.ks[i]).toArray();
        long[] keys = new long[holders.length];
        int[] counts = new int[cumulative.length];
        int[] x = new int[m];
        double[] sumI = new double[m];
        double[] sumX = new double[m];
        double[] sumXX = new double[m];
        double[] sumIX = new double[m];
        double[] estimate = new double[m];
        double[] standardError = new double[m];
        long n = 0;
        while (n < maxDraws) {
            for (int b = 0; b < BATCH; b++) {
                for (int h = 0; h < holders.length; h++) {
                    ByVector sampler = bySize.get(sizes[holders[h]]);
                    keys[h] = sampler != null ? sampler.keys()[sampler.sampler().sample()] : draw((int) sizes[holders[h]], random, counts);
                }
                clusters(keys, ks, x);
                for (int i = 0; i < m; i++) {
                    int indicator = x[i] > 0 ? 1 : 0;
                    sumI[i] += indicator;
                    sumX[i] += x[i];
                    sumXX[i] += (double) x[i] * x[i];
                    sumIX[i] += indicator * x[i];
                }
            }
            n += BATCH;
            if (n < minDraws) {
                continue;
            }
            boolean precise = true;
            for (int i = 0; i < m; i++) {
                double meanI = sumI[i] / n;
                double meanX = sumX[i] / n;
                double varI = (sumI[i] - n * meanI * meanI) / (n - 1);
                double varX = (sumXX[i] - n * meanX * meanX) / (n - 1);
                double cov = (sumIX[i] - n * meanI * meanX) / (n - 1);
                double beta = varX > 0 ? cov / varX : 0;
                estimate[i] = meanI - beta * (meanX - exact.sum[which.get(i)]);
                double residual = varX > 0 ? varI - cov * cov / varX : varI;
                standardError[i] = Math.sqrt(Math.max(0, residual) / n);
                precise &= estimate[i] > 0 && standardError[i] <= IdenticalShares.quarterOfSecondFigure(estimate[i]);
            }
            if (precise) {
                break;
            }
        }
        Map<Integer, ClusterProbability> result = new TreeMap<>();
        for (int i = 0; i < m; i++) {
            int index = which.get(i);
            double lower = -Math.expm1(exact.logNone[index]);
            double upper = Math.min(1, exact.sum[index] + exact.bounded[index]);
            double exactUpper = Math.min(1, exact.sum[index]);
            double probability = Math.max(lower, Math.min(exactUpper, estimate[i]));
            double error = standardError[i];
            if (sumXX[i] == sumX[i] && exactUpper > lower) {
                // No draw held two clusters: the control variate then returns sum a_r with no spread,
                // and what it cannot see lies between the exact bounds. Say so rather than claim precision.
                probability = (lower + exactUpper) / 2;
                error = (exactUpper - lower) / 2;
            }
            result.put(ks[i], new ClusterProbability(ks[i], sizes.length, probability, lower, upper, Method.MONTE_CARLO, n, error));
        }
        return result;
    }

    /** One unit's levels drawn one executive at a time (units too large for an alias table); its shares as a key. */
    private long draw(int size, SplittableRandom random, int[] counts) {
        Arrays.fill(counts, 0);
        for (int e = 0; e < size; e++) {
            double u = random.nextDouble();
            int j = 0;
            while (j < cumulative.length - 1 && u >= cumulative[j]) {
                j++;
            }
            counts[j]++;
        }
        return key(size, counts);
    }

    /** A unit's shares as a key, or -1 where they cannot count (one level, or a sum not enumerated). */
    private long key(int size, int[] counts) {
        int g = 0;
        for (int c : counts) {
            g = IdenticalShares.gcd(g, c);
        }
        int s = size / g;
        if (s < 2 || s > exact.largestEnumerated || !exact.enumerated[s]) {
            return -1;
        }
        long key = 0;
        for (int c : counts) {
            key = key * base + c / g;
        }
        return key;
    }

    /** For each cluster size k, the number of shares vectors that k or more units hold. */
    private static void clusters(long[] keys, int[] ks, int[] x) {
        long[] sorted = keys.clone();
        Arrays.sort(sorted);
        Arrays.fill(x, 0);
        int run = 0;
        for (int i = 0; i < sorted.length; i++) {
            run = i > 0 && sorted[i] == sorted[i - 1] ? run + 1 : 1;
            if (sorted[i] >= 0) {
                for (int j = 0; j < ks.length; j++) {
                    if (run == ks[j]) {
                        x[j]++;
                    }
                }
            }
        }
    }

    /** One unit size's count vectors: an alias sampler over them and each one's shares key. */
    private record ByVector(SharedStateDiscreteSampler sampler, long[] keys) {
    }
}
