package org.sescert.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.hipparchus.stat.correlation.KendallsCorrelation;
import org.junit.jupiter.api.RepeatedTest;

/** The contingency-table tau-b agrees with Hipparchus's KendallsCorrelation on the same data, ties and all. */
class KendallTauTests {

    private static final SplittableRandom RANDOM = new SplittableRandom(7);

    @RepeatedTest(20)
    void agreesWithHipparchusOnTiedData() {
        int n = 50 + RANDOM.nextInt(200);
        int values = 2 + RANDOM.nextInt(12);
        double[] levels = new double[n];
        double[] awards = new double[n];
        long[][] table = new long[5][values];
        for (int i = 0; i < n; i++) {
            int level = 1 + RANDOM.nextInt(5);
            int value = Math.min(values - 1, Math.max(0, level * values / 5 - RANDOM.nextInt(4)));
            levels[i] = level;
            awards[i] = value;
            table[level - 1][value]++;
        }
        assertThat(KendallTau.tauB(table)).isCloseTo(new KendallsCorrelation().correlation(levels, awards), within(1e-9));
    }

    @org.junit.jupiter.api.Test
    void aConstantMarginHasNoCorrelation() {
        assertThat(KendallTau.tauB(new long[][] {{0, 0}, {0, 0}, {4, 2}, {0, 0}, {0, 0}})).isNaN();
    }
}
