package org.sescert.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.sescert.findings.Finding;
import org.sescert.policy.Policy;
import org.sescert.policy.PolicyCatalog;
import org.sescert.findings.Rule;
import org.sescert.findings.Severity;

class QuotaPatternAnalysisTests {

    static final Policy BASIC_2012 = new PolicyCatalog().load("opm-basic-2012").policy();
    static final Policy FY2026 = new PolicyCatalog().load("opm-fy2026").policy();
    /** A realistic final-rating distribution, L1..L5. */
    static final double[] REALISTIC = {0.005, 0.015, 0.13, 0.40, 0.45};

    static long[] counts(long l5, long l4, long l3, long l2, long l1) {
        return new long[] {0, l1, l2, l3, l4, l5};
    }

    static long[] draw(SplittableRandom random, int size) {
        long[] counts = new long[6];
        for (int i = 0; i < size; i++) {
            double u = random.nextDouble();
            int level = 1;
            for (double acc = REALISTIC[0]; u > acc && level < 5; acc += REALISTIC[level++]) {
                // walk the cumulative shares
            }
            counts[level]++;
        }
        return counts;
    }

    /** One cycle's unit tables, every unit drawn independently from the realistic distribution. */
    static List<LevelTable> randomCycle(SplittableRandom random) {
        int[] componentSizes = {24, 66, 36, 42, 21, 30, 36, 45};
        Map<String, long[]> components = new LinkedHashMap<>();
        for (int k = 0; k < componentSizes.length; k++) {
            components.put("C" + k, draw(random, componentSizes[k]));
        }
        Map<String, long[]> officials = new LinkedHashMap<>();
        for (int r = 0; r < 33; r++) {
            officials.put("RO" + r, draw(random, 5 + random.nextInt(12)));
        }
        Map<String, long[]> prbs = new LinkedHashMap<>();
        for (int p = 0; p < 3; p++) {
            prbs.put("PRB-" + p, draw(random, 80 + random.nextInt(40)));
        }
        return List.of(new LevelTable("COMPONENT", "FINAL", components), new LevelTable("RATING_OFFICIAL", "FINAL", officials),
                new LevelTable("PRB", "FINAL", prbs));
    }

    @Test
    void randomCyclesWithNoPlantedPatternRarelyRaiseIt() {
        SplittableRandom random = new SplittableRandom(20261123L);
        int cycles = 200;
        int fired = 0;
        for (int i = 0; i < cycles; i++) {
            List<Finding> findings = QuotaPatternAnalysis.check(randomCycle(random), "AG00", BASIC_2012);
            if (findings.stream().anyMatch(f -> f.rule() == Rule.DIST_QUOTA_PATTERN)) {
                fired++;
            }
        }
        double rate = (double) fired / cycles;
        System.out.printf("DIST_QUOTA_PATTERN false-alarm rate: %d of %d random cycles = %.1f%%%n", fired, cycles, 100 * rate);
        assertThat(rate).isLessThanOrEqualTo(0.02);
    }

    @Test
    void componentsRatedToOneCurveAreTooAlike() {
        // Eight components, each given close to the same 40/40/20 split whatever its size.
        Map<String, long[]> components = new LinkedHashMap<>();
        int[] sizes = {20, 30, 40, 50, 25, 35, 45, 60};
        for (int k = 0; k < sizes.length; k++) {
            long l5 = Math.round(sizes[k] * 0.4);
            long l4 = Math.round(sizes[k] * 0.4);
            components.put("C" + k, counts(l5, l4, sizes[k] - l5 - l4, 0, 0));
        }
        List<Finding> findings = QuotaPatternAnalysis.check(List.of(new LevelTable("COMPONENT", "FINAL", components)), "AG00", BASIC_2012);
        assertThat(findings).filteredOn(f -> f.subject().equals("AG00")).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.DIST_QUOTA_PATTERN);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.evidence()).contains("chi-square=").contains("df=").contains("lower-tail p=").contains("C0 8/8/4/0/0");
        });
    }

    @Test
    void threeComponentsWithIdenticalSharesFireAndCloseSharesDoNot() {
        Map<String, long[]> identical = new LinkedHashMap<>();
        identical.put("Office A", counts(5, 4, 1, 0, 0));
        identical.put("Office B", counts(10, 8, 2, 0, 0));
        identical.put("Office C", counts(15, 12, 3, 0, 0));
        identical.put("Office D", counts(3, 12, 10, 2, 0));
        List<Finding> findings = QuotaPatternAnalysis.check(List.of(new LevelTable("COMPONENT", "FINAL", identical)), "AG00", BASIC_2012);
        assertThat(findings).filteredOn(f -> f.subject().equals("Office A, Office B, Office C")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("identical final rating shares (L5/L4/L3/L2/L1 5:4:1:0:0)"));

        Map<String, long[]> close = new LinkedHashMap<>(identical);
        close.put("Office C", counts(14, 13, 3, 0, 0));
        assertThat(QuotaPatternAnalysis.check(List.of(new LevelTable("COMPONENT", "FINAL", close)), "AG00", BASIC_2012)).isEmpty();
    }

    @Test
    void underFy2026AQuotaLikePatternOnlyInforms() {
        Map<String, long[]> identical = new LinkedHashMap<>();
        identical.put("Office A", counts(5, 4, 1, 0, 0));
        identical.put("Office B", counts(10, 8, 2, 0, 0));
        identical.put("Office C", counts(15, 12, 3, 0, 0));
        assertThat(QuotaPatternAnalysis.check(List.of(new LevelTable("COMPONENT", "FINAL", identical)), "AG00", FY2026))
                .isNotEmpty().allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void unitsUnderTheMinimumSizeAreLeftOut() {
        Map<String, long[]> small = new LinkedHashMap<>();
        small.put("A", counts(5, 3, 1, 0, 0));
        small.put("B", counts(5, 3, 1, 0, 0));
        small.put("C", counts(5, 3, 1, 0, 0));
        assertThat(QuotaPatternAnalysis.check(List.of(new LevelTable("COMPONENT", "FINAL", small)), "AG00", BASIC_2012)).isEmpty();
        assertThat(new ArrayList<>(QuotaPatternAnalysis.eligibleUnits(new LevelTable("X", "FINAL", small), 9).keySet())).containsExactly("A", "B", "C");
    }

    @Test
    void identicalSharesInUnitsOfOneSizeOrAllAtOneLevelAreNotCalledAQuota() {
        // Units of one size often match by chance (2.0% false alarms measured), and all-one-level units are DIST_NO_DISTINCTION's.
        Map<String, long[]> same = new LinkedHashMap<>();
        same.put("A", counts(5, 4, 1, 0, 0));
        same.put("B", counts(5, 4, 1, 0, 0));
        same.put("C", counts(5, 4, 1, 0, 0));
        assertThat(QuotaPatternAnalysis.check(List.of(new LevelTable("RATING_OFFICIAL", "FINAL", same)), "AG00", BASIC_2012))
                .noneSatisfy(f -> assertThat(f.subject()).isEqualTo("A, B, C"));
        Map<String, long[]> allFive = new LinkedHashMap<>();
        allFive.put("A", counts(10, 0, 0, 0, 0));
        allFive.put("B", counts(12, 0, 0, 0, 0));
        allFive.put("C", counts(14, 0, 0, 0, 0));
        assertThat(QuotaPatternAnalysis.check(List.of(new LevelTable("RATING_OFFICIAL", "FINAL", allFive)), "AG00", BASIC_2012)).isEmpty();
    }
}
