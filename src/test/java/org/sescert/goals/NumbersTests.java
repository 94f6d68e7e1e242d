package org.sescert.goals;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTests {

    @Test
    void aLikelihoodJustUnderTheThresholdIsNotRoundedOntoIt() {
        assertThat(Numbers.probability(0.31, 0.5)).isEqualTo("0.31");
        assertThat(Numbers.probability(0.4996, 0.5)).isEqualTo("0.4996");
        assertThat(Numbers.probability(0.7951, 0.8)).isEqualTo("0.7951");
    }

    @Test
    void valuesAreShortWithoutTrailingZeros() {
        assertThat(Numbers.value(80.0)).isEqualTo("80");
        assertThat(Numbers.value(67.80000000001)).isEqualTo("67.8");
        assertThat(Numbers.value(-0.0)).isEqualTo("0");
        assertThat(Numbers.percent(0.8)).isEqualTo("80%");
        assertThat(Numbers.percent(0.975)).isEqualTo("97.5%");
    }
}
