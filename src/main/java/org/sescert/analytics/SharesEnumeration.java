package org.sescert.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.numbers.combinatorics.BinomialCoefficientDouble;
import org.apache.commons.numbers.combinatorics.LogBinomialCoefficient;
import org.apache.commons.numbers.combinatorics.LogFactorial;

/**
 * The exact part of {@link IdenticalShares}: every shares vector a unit of these sizes can hold, and
 * its a_r = P(k or more units hold it) for each cluster size k, summed (the union bound) and as
 * sum log(1 - a_r) (the negative-association bound). Sums of shares with too many compositions, or
 * past the work limit, are bounded instead.
 */
final class SharesEnumeration {

    /** Shares sums with more compositions than this are bounded, not enumerated. */
    private static final double COMPOSITIONS_LIMIT = 2_000_000;
    /** About this many unit-steps at most, so that a department-sized table takes bounded time; the rest is bounded. */
    private static final double WORK_LIMIT = 2e8;

    final long[] sizes;
    final int[] levels;
    final double[] logP;
    final int[] ks;
    final int maxK;
    final int maxSize;
    final LogFactorial logFactorial;
    /** Sums of shares vectors enumerated (the rest bounded). */
    final boolean[] enumerated;
    int largestEnumerated;
    /** By cluster size (index into ks): sum of a_r, sum of log(1 - a_r), bound on the shares not enumerated. */
    final double[] sum;
    final double[] logNone;
    final double[] bounded;
    private final Map<Long, Double> modes = new HashMap<>();

    SharesEnumeration(long[] sizes, double[] pooled, int[] levels, int[] ks, int maxSize) {
        this.sizes = sizes;
        this.levels = levels;
        this.ks = ks;
        this.maxK = ks[ks.length - 1];
        this.maxSize = maxSize;
        this.logP = Arrays.stream(levels).mapToDouble(l -> Math.log(pooled[l])).toArray();
        this.logFactorial = LogFactorial.create().withCache(maxSize + 1);
        this.enumerated = new boolean[maxSize + 1];
        this.sum = new double[ks.length];
        this.logNone = new double[ks.length];
        this.bounded = new double[ks.length];
    }

    void run() {
        int d = levels.length;
        double work = 0;
        for (int s = 2; s <= maxSize; s++) {
            int[] holders = holders(s);
            if (holders.length < ks[0]) {
                continue;
            }
            double compositions = BinomialCoefficientDouble.value(s + d - 1, d - 1);
            double cost = compositions * holders.length * (maxK + 1);
            if (compositions > COMPOSITIONS_LIMIT || work + cost > WORK_LIMIT) {
                bound(holders);
                continue;
            }
            work += cost;
            enumerated[s] = true;
            largestEnumerated = s;
            compose(s, holders, new int[d], 0, s, 0);
        }
    }

    /** A shares sum not enumerated: each cluster size's a_r together are at most C(h, k) M^(k-1). */
    private void bound(int[] holders) {
        double mode = 0;
        for (int i : holders) {
            mode = Math.max(mode, modes.computeIfAbsent(sizes[i], n -> Math.exp(modeLogPmf(n.intValue()))));
        }
        for (int i = 0; i < ks.length && ks[i] <= holders.length; i++) {
            double log = LogBinomialCoefficient.value(holders.length, ks[i]) + (ks[i] - 1) * Math.log(mode);
            bounded[i] += Math.exp(Math.min(log, 0));
        }
    }

    int[] holders(int s) {
        List<Integer> units = new ArrayList<>();
        for (int i = 0; i < sizes.length; i++) {
            if (sizes[i] % s == 0) {
                units.add(i);
            }
        }
        return units.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Every composition of s over the levels with greatest common divisor 1. */
    private void compose(int s, int[] holders, int[] r, int index, int remaining, int gcd) {
        if (index == r.length - 1) {
            r[index] = remaining;
            if (IdenticalShares.gcd(gcd, remaining) == 1) {
                add(s, holders, r);
            }
            return;
        }
        for (int c = 0; c <= remaining; c++) {
            r[index] = c;
            compose(s, holders, r, index + 1, remaining - c, IdenticalShares.gcd(gcd, c));
        }
    }

    private void add(int s, int[] holders, int[] r) {
        // held[j] = P(exactly j of the holders so far hold r), j < maxK; held[maxK] = P(maxK or more).
        double[] held = new double[maxK + 1];
        held[0] = 1;
        for (int i : holders) {
            int n = (int) sizes[i];
            int t = n / s;
            double logQ = logFactorial.value(n);
            for (int j = 0; j < r.length; j++) {
                logQ += t * r[j] * logP[j] - logFactorial.value(t * r[j]);
            }
            double q = Math.exp(logQ);
            held[maxK] += held[maxK - 1] * q;
            for (int j = maxK - 1; j >= 1; j--) {
                held[j] = held[j] * (1 - q) + held[j - 1] * q;
            }
            held[0] *= 1 - q;
        }
        // P(N_r >= k) as a sum of terms, so that tiny tails keep their precision.
        double tail = held[maxK];
        int next = ks.length - 1;
        for (int j = maxK; j >= ks[0]; j--) {
            if (j < maxK) {
                tail += held[j];
            }
            if (ks[next] == j) {
                double a = Math.min(1, tail);
                sum[next] += a;
                logNone[next] += Math.log1p(-a);
                next--;
            }
        }
    }

    /**
     * The log-probability of the most likely count vector of n executives: the log-probability
     * is a separable concave function of the counts, so adding executives one at a time where
     * the gain p_j / (c_j + 1) is largest reaches its maximum.
     */
    double modeLogPmf(int n) {
        int[] c = new int[levels.length];
        for (int added = 0; added < n; added++) {
            int best = 0;
            for (int j = 1; j < c.length; j++) {
                if (logP[j] - Math.log(c[j] + 1) > logP[best] - Math.log(c[best] + 1)) {
                    best = j;
                }
            }
            c[best]++;
        }
        double log = logFactorial.value(n);
        for (int j = 0; j < c.length; j++) {
            log += c[j] * logP[j] - logFactorial.value(c[j]);
        }
        return log;
    }
}
