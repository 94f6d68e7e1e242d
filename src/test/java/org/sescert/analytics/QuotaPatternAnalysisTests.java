package org.sescert.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.sescert.findings.Finding;
import org.sescert.policy.Policy;
import org.sescert.policy.PolicyCatalog;
import org.sescert.findings.Rule;
import org.sescert.findings.Scope;
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

    static final int[] COMPONENT_SIZES = {24, 66, 36, 42, 21, 30, 36, 45};

    /**
     * One random cycle shaped like the generator's (300 executives in 8 components, about nine
     * executives per rating official within each component, 3 PRBs over the components), with no
     * planted pattern: every initial level drawn from one realistic distribution, and the PRB
     * lowering 6% of the Level 5s, as the generator's PRBs do. Both stages, as the check builds them.
     */
    static List<LevelTable> randomCycle(SplittableRandom random) {
        Map<String, Map<String, Map<String, long[]>>> byKindAndStage = new LinkedHashMap<>();
        for (int k = 0; k < COMPONENT_SIZES.length; k++) {
            int officials = Math.max(2, (int) Math.round(COMPONENT_SIZES[k] / 9.0));
            for (int e = 0; e < COMPONENT_SIZES[k]; e++) {
                int initial = level(random);
                int last = initial == 5 && random.nextDouble() < 0.06 ? 4 : initial;
                String[][] units = {{"COMPONENT", "C" + k}, {"RATING_OFFICIAL", "RO-" + k + "-" + random.nextInt(officials)},
                        {"PRB", "PRB-" + (k < 3 ? 1 : k < 6 ? 2 : 3)}};
                for (String[] unit : units) {
                    Map<String, Map<String, long[]>> stages = byKindAndStage.computeIfAbsent(unit[0], x -> new LinkedHashMap<>());
                    stages.computeIfAbsent(LevelTable.INITIAL, x -> new TreeMap<>()).computeIfAbsent(unit[1], x -> new long[6])[initial]++;
                    stages.computeIfAbsent(LevelTable.FINAL, x -> new TreeMap<>()).computeIfAbsent(unit[1], x -> new long[6])[last]++;
                }
            }
        }
        List<LevelTable> tables = new ArrayList<>();
        byKindAndStage.forEach((kind, stages) -> tables.addAll(LevelTable.byStage(new LevelTable(kind, LevelTable.INITIAL, stages.get(LevelTable.INITIAL)),
                new LevelTable(kind, LevelTable.FINAL, stages.get(LevelTable.FINAL)))));
        return LevelTable.distinctPartitions(tables);
    }

    private static int level(SplittableRandom random) {
        double u = random.nextDouble();
        int level = 1;
        for (double acc = REALISTIC[0]; u > acc && level < 5; acc += REALISTIC[level++]) {
            // walk the cumulative shares
        }
        return level;
    }

    /**
     * The false-alarm study (README, bench/RESULTS.md): how often random cycles with no planted
     * pattern draw DIST_QUOTA_PATTERN, at the pack's severity and as INFO.
     */
    @Test
    void randomCyclesWithNoPlantedPatternRarelyRaiseItAtThePacksSeverity() {
        SplittableRandom random = new SplittableRandom(20261123L);
        int cycles = 1000;
        int warned = 0;
        int informed = 0;
        int clusterWarnings = 0;
        int infoFindings = 0;
        long started = System.nanoTime();
        for (int i = 0; i < cycles; i++) {
            List<Finding> findings = QuotaPatternAnalysis.check(randomCycle(random), "AG00", BASIC_2012);
            warned += findings.stream().anyMatch(f -> f.severity() == Severity.WARNING) ? 1 : 0;
            informed += findings.stream().anyMatch(f -> f.severity() == Severity.INFO) ? 1 : 0;
            clusterWarnings += findings.stream().anyMatch(f -> f.severity() == Severity.WARNING && f.scope() == Scope.UNIT) ? 1 : 0;
            infoFindings += (int) findings.stream().filter(f -> f.severity() == Severity.INFO).count();
        }
        System.out.printf(Locale.ROOT, "DIST_QUOTA_PATTERN in %d random cycles with no planted pattern (opm-basic-2012, initial and final stages): "
                        + "WARNING in %d (%.1f%%; %d of them for an identical-shares cluster), INFO in %d (%.1f%%; %d INFO findings); %.1f s%n",
                cycles, warned, 100.0 * warned / cycles, clusterWarnings, informed, 100.0 * informed / cycles, infoFindings,
                (System.nanoTime() - started) / 1e9);
        assertThat((double) warned / cycles).isLessThanOrEqualTo(0.02);
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
    void unitsAllAtOneLevelAreNotCalledAQuota() {
        Map<String, long[]> allFive = new LinkedHashMap<>();
        allFive.put("A", counts(10, 0, 0, 0, 0));
        allFive.put("B", counts(12, 0, 0, 0, 0));
        allFive.put("C", counts(14, 0, 0, 0, 0));
        assertThat(QuotaPatternAnalysis.check(List.of(new LevelTable("RATING_OFFICIAL", "FINAL", allFive)), "AG00", BASIC_2012)).isEmpty();
    }

    /** Eight components: three of 12 rated 3/6/3, five of other sizes rated as they came. */
    static Map<String, long[]> threeTwelvesAmongVariedComponents() {
        Map<String, long[]> components = new LinkedHashMap<>();
        components.put("Office A", counts(3, 6, 3, 0, 0));
        components.put("Office B", counts(3, 6, 3, 0, 0));
        components.put("Office C", counts(3, 6, 3, 0, 0));
        components.put("Office D", counts(11, 9, 3, 1, 0));
        components.put("Office E", counts(30, 26, 8, 1, 1));
        components.put("Office F", counts(17, 14, 4, 1, 0));
        components.put("Office G", counts(8, 9, 2, 0, 0));
        components.put("Office H", counts(20, 17, 6, 1, 1));
        return components;
    }

    @Test
    void threeSameSizeComponentsWithIdenticalDistributionsAreAQuotaWithTheChanceOfIt() {
        List<Finding> findings = QuotaPatternAnalysis.check(List.of(new LevelTable("COMPONENT", "FINAL", threeTwelvesAmongVariedComponents())),
                "AG00", BASIC_2012);
        assertThat(findings).filteredOn(f -> f.scope() == Scope.UNIT).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("Office A, Office B, Office C");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).startsWith("3 components have identical final rating shares (L5/L4/L3/L2/L1 1:2:1:0:0); chance alone gives 3 or more "
                    + "of the 8 components identical shares with probability ").endsWith(": the signature of a quota.");
            assertThat(f.evidence()).startsWith("L5/L4/L3/L2/L1 Office A 3/6/3/0/0; Office B 3/6/3/0/0; Office C 3/6/3/0/0 (final); pooled components (8, ")
                    .contains("P(3+ of 8 share identical shares by chance) = ").contains("(exact: between ").contains("x2 tests (Bonferroni)");
            System.out.println(f.evidence());
        });
    }

    @Test
    void aClusterOfSmallUnitsOfOneSizeThatChanceOftenGivesIsReportedAsInformation() {
        // Twelve rating officials of ten executives each: three of them at 5/4/1 is no rarity.
        Map<String, long[]> officials = new LinkedHashMap<>();
        long[][] rated = {{5, 4, 1, 0, 0}, {5, 4, 1, 0, 0}, {5, 4, 1, 0, 0}, {4, 5, 1, 0, 0}, {6, 3, 1, 0, 0}, {4, 4, 2, 0, 0},
                {5, 3, 2, 0, 0}, {3, 5, 1, 1, 0}, {6, 4, 0, 0, 0}, {4, 4, 1, 1, 0}, {5, 5, 0, 0, 0}, {3, 4, 3, 0, 0}};
        for (int i = 0; i < rated.length; i++) {
            officials.put("RO-" + (i + 1), counts(rated[i][0], rated[i][1], rated[i][2], rated[i][3], rated[i][4]));
        }
        List<Finding> findings = QuotaPatternAnalysis.check(List.of(new LevelTable("RATING_OFFICIAL", "FINAL", officials)), "AG00", BASIC_2012);
        assertThat(findings).filteredOn(f -> f.scope() == Scope.UNIT).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("RO-1, RO-2, RO-3");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains(" over the cycle's 2 tests), too likely to rule out chance");
            assertThat(f.evidence()).contains(" >= 0.01");
            System.out.println(f.evidence());
        });
    }

    @Test
    void aClusterAtTheInitialStageAloneIsNamedWithItsStage() {
        Map<String, long[]> initial = threeTwelvesAmongVariedComponents();
        Map<String, long[]> last = new LinkedHashMap<>(initial);
        last.put("Office A", counts(4, 5, 3, 0, 0));
        last.put("Office B", counts(3, 5, 4, 0, 0));
        List<LevelTable> tables = LevelTable.byStage(new LevelTable("COMPONENT", LevelTable.INITIAL, initial), new LevelTable("COMPONENT", LevelTable.FINAL, last));
        List<Finding> findings = QuotaPatternAnalysis.check(tables, "AG00", BASIC_2012);
        assertThat(findings).filteredOn(f -> f.scope() == Scope.UNIT).singleElement().satisfies(f -> {
            assertThat(f.message()).startsWith("3 components have identical initial rating shares");
            assertThat(f.evidence()).contains("(initial)").contains("x4 tests (Bonferroni)");
        });
    }

    @Test
    void aClusterInTablesTheSameAtBothStagesIsOneFindingForBoth() {
        Map<String, long[]> components = threeTwelvesAmongVariedComponents();
        List<LevelTable> tables = LevelTable.byStage(new LevelTable("COMPONENT", LevelTable.INITIAL, components),
                new LevelTable("COMPONENT", LevelTable.FINAL, components));
        assertThat(QuotaPatternAnalysis.check(tables, "AG00", BASIC_2012)).filteredOn(f -> f.scope() == Scope.UNIT).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("identical initial and final rating shares"));
    }

    @Test
    void theChanceOfAClusterAmongDozensOfRealisticUnitsIsExact() {
        // 40 rating officials of 10 to 60 executives over five levels, three of 12 planted at 3/6/3 (bench/ times the whole check).
        SplittableRandom random = new SplittableRandom(7);
        long[] sizes = new long[40];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = i < 3 ? 12 : 10 + random.nextInt(51);
        }
        double[] pooled = {0, REALISTIC[0], REALISTIC[1], REALISTIC[2], REALISTIC[3], REALISTIC[4]};
        IdenticalShares.ClusterProbability chance = IdenticalShares.probability(sizes, pooled, 3);
        assertThat(chance.method()).isEqualTo(IdenticalShares.Method.EXACT);
        assertThat(chance.upper() - chance.lower()).isLessThanOrEqualTo(0.005 * chance.upper());
        assertThat(chance.describe()).startsWith("0.0040 (exact: between ");
    }
}
