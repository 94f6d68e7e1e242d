package org.sescert.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sescert.analytics.QuotaPatternAnalysisTests.BASIC_2012;
import static org.sescert.analytics.QuotaPatternAnalysisTests.FY2026;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sescert.analytics.PayAnalysis.Share;
import org.sescert.findings.Finding;
import org.sescert.policy.Policy;
import org.sescert.findings.Rule;

class PayTests {

    private static List<Rule> rules(String type, Integer level, int before, int after, int award, Policy policy) {
        return PayRules.check(new PayRules.ExecutivePay("E", type, level, BigDecimal.valueOf(before), BigDecimal.valueOf(after),
                BigDecimal.valueOf(award)), policy).stream().map(Finding::rule).toList();
    }

    @Test
    void aCleanPayRecordDrawsNothing() {
        assertThat(rules("CAREER", 4, 200000, 206000, 20000, FY2026)).isEmpty();
    }

    @Test
    void awardsNeedACareerAppointeeRatedFullySuccessfulAndFiveToTwentyPercent() {
        assertThat(rules("CAREER", 2, 200000, 200000, 10000, FY2026)).containsExactly(Rule.PAY_AWARD_BELOW_FS);
        assertThat(rules("NONCAREER", 5, 200000, 204000, 10000, FY2026)).containsExactly(Rule.PAY_AWARD_NONCAREER);
        assertThat(rules("CAREER", 4, 200000, 204000, 9000, FY2026)).containsExactly(Rule.PAY_AWARD_RANGE);
        assertThat(rules("CAREER", 5, 200000, 204000, 42000, FY2026)).containsExactly(Rule.PAY_AWARD_RANGE);
        assertThat(rules("CAREER", 5, 200000, 204000, 40000, FY2026)).isEmpty();
    }

    @Test
    void payWithoutAFinalRatingIsLeftToRatingMissingNotJudgedAgainstALevelThatIsNotThere() {
        assertThat(rules("CAREER", null, 200000, 206000, 20000, FY2026)).isEmpty();
        // The same pay with a final rating below fully successful is judged.
        assertThat(rules("CAREER", 2, 200000, 206000, 20000, FY2026)).containsExactly(Rule.PAY_AWARD_BELOW_FS, Rule.PAY_RAISE_BELOW_FS);
    }

    @Test
    void raisesNeedFullySuccessfulAndLevelThreeIsCappedUnderFy2026Only() {
        assertThat(rules("CAREER", 2, 200000, 201000, 0, FY2026)).containsExactly(Rule.PAY_RAISE_BELOW_FS);
        assertThat(rules("CAREER", 3, 200000, 211000, 0, FY2026)).containsExactly(Rule.PAY_RAISE_CAP_L3);
        assertThat(rules("CAREER", 3, 200000, 210000, 0, FY2026)).isEmpty();
        assertThat(rules("CAREER", 3, 200000, 211000, 0, BASIC_2012)).isEmpty();
    }

    @Test
    void basicPayAboveTheMaximumIsFlagged() {
        assertThat(rules("CAREER", 5, 220000, 228001, 0, FY2026)).containsExactly(Rule.PAY_MAX_EXCEEDED);
        assertThat(rules("CAREER", 5, 220000, 228000, 0, FY2026)).isEmpty();
    }

    private static PayRules.ExecutivePay pay(int before, int after, int award) {
        return new PayRules.ExecutivePay("E", "CAREER", 4, BigDecimal.valueOf(before), BigDecimal.valueOf(after), BigDecimal.valueOf(award));
    }

    @Test
    void anAwardOfFivePercentRoundedDownToTheDollarIsInRangeAndADollarLessIsNot() {
        // 5% of 160490 is 8024.50: an agency paying whole dollars pays 8024 or 8025.
        assertThat(PayRules.check(pay(160490, 165000, 8024), FY2026)).isEmpty();
        assertThat(PayRules.check(pay(160490, 165000, 8023), FY2026)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.PAY_AWARD_RANGE);
            assertThat(f.evidence()).isEqualTo("award 8023 (4.999% of basic pay 160490 before adjustment) < lowest 8024 "
                    + "(5% of 160490 = 8024.5, rounded down to the dollar); allowed 8024-32098");
        });
    }

    @Test
    void anAwardOfTwentyPercentRoundedUpToTheDollarIsInRangeAndADollarMoreIsNot() {
        // 20% of 160493 is 32098.60.
        assertThat(PayRules.check(pay(160493, 165000, 32099), FY2026)).isEmpty();
        assertThat(PayRules.check(pay(160493, 165000, 32100), FY2026)).singleElement()
                .satisfies(f -> assertThat(f.evidence()).contains("> highest 32099 (20% of 160493 = 32098.6, rounded up to the dollar)"));
    }

    @Test
    void aLevelThreeRaiseOfFivePercentRoundedUpIsAllowedAndADollarMoreIsNot() {
        // 5% of 160493 is 8024.65.
        assertThat(rules("CAREER", 3, 160493, 168518, 0, FY2026)).isEmpty();
        assertThat(PayRules.check(new PayRules.ExecutivePay("E", "CAREER", 3, BigDecimal.valueOf(160493), BigDecimal.valueOf(168519),
                BigDecimal.ZERO), FY2026)).singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo(Rule.PAY_RAISE_CAP_L3);
                    assertThat(f.evidence()).startsWith("raise 8026 = 168519 - 160493 (5.0009%) > highest 8025");
                });
    }

    private static Policy withPoolBudget(Policy p, String percent) {
        Policy.Awards a = p.awards();
        return new Policy(p.id(), p.title(), p.defaultFromFiscalYear(), p.elements(), p.leadElement(), p.weights(), p.derivation(), p.timing(),
                p.prb(), p.actions(), new Policy.Awards(a.careerOnly(), a.minimumFinalLevel(), a.minimumPercent(), a.maximumPercent(),
                a.aggregateCapPercent(), a.averageCapPercent(), percent == null ? null : new BigDecimal(percent)),
                p.pay(), p.distribution(), p.analytics(), p.severities());
    }

    private static final List<PayAnalysis.PoolTotals> POOLS = List.of(
            new PayAnalysis.PoolTotals("Pool A", new BigDecimal("1000000"), new BigDecimal("102000")),
            new PayAnalysis.PoolTotals("Pool B", new BigDecimal("3000000"), new BigDecimal("240000")));

    @Test
    void agencyAwardsUnderTheStatutoryCapDrawNothingThoughOnePoolPassesTenPercent() {
        // 342,000 of 4,000,000 = 8.55%; Pool A alone is at 10.2% of its own basic pay.
        assertThat(PayAnalysis.awardCaps(new PayAnalysis.AgencyAwards(20, new BigDecimal("4000000"), new BigDecimal("342000")), POOLS, "AG", FY2026))
                .isEmpty();
    }

    @Test
    void agencyAwardsOverTheStatutoryCapAreAnErrorWithBothFigures() {
        List<Finding> findings = PayAnalysis.awardCaps(new PayAnalysis.AgencyAwards(20, new BigDecimal("4000000"), new BigDecimal("400001")),
                POOLS, "AG", FY2026);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.PAY_POOL_CAP);
            assertThat(f.severity()).isEqualTo(org.sescert.findings.Severity.ERROR);
            assertThat(f.scope()).isEqualTo(org.sescert.findings.Scope.AGENCY);
            assertThat(f.subject()).isEqualTo("AG");
            assertThat(f.evidence()).isEqualTo("awards 400001 > cap 400000, the greater of 10% x aggregate career basic pay 4000000 = 400000 "
                    + "and 20% x average career basic pay 200000 (4000000 / 20) = 40000, rounded up to the dollar; over by 1");
        });
        assertThat(PayAnalysis.awardCaps(new PayAnalysis.AgencyAwards(20, new BigDecimal("4000000"), new BigDecimal("400000")), POOLS, "AG", FY2026))
                .isEmpty();
    }

    @Test
    void aSingleCareerExecutivesAgencyMayPayTwentyPercentOfTheAverage() {
        // With one career executive, 20% of the average is the greater figure.
        assertThat(PayAnalysis.awardCaps(new PayAnalysis.AgencyAwards(1, new BigDecimal("200000"), new BigDecimal("40000")), List.of(), "AG", FY2026))
                .isEmpty();
        assertThat(PayAnalysis.awardCaps(new PayAnalysis.AgencyAwards(1, new BigDecimal("200000"), new BigDecimal("40001")), List.of(), "AG", FY2026))
                .extracting(Finding::rule).containsExactly(Rule.PAY_POOL_CAP);
    }

    @Test
    void aPoolOverThePacksPoolBudgetIsInformationOnly() {
        List<Finding> findings = PayAnalysis.awardCaps(new PayAnalysis.AgencyAwards(20, new BigDecimal("4000000"), new BigDecimal("342000")),
                POOLS, "AG", withPoolBudget(FY2026, "10"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("Pool A");
            assertThat(f.severity()).isEqualTo(org.sescert.findings.Severity.INFO);
            assertThat(f.scope()).isEqualTo(org.sescert.findings.Scope.UNIT);
            assertThat(f.evidence()).isEqualTo("awards 102000 > budget 100000 (10% of 1000000 = 100000, rounded up to the dollar)");
        });
    }

    @Test
    void aPoolWithOneInvertedPairReportsItAndItsWorstPair() {
        Map<Integer, List<Share>> shares = Map.of(
                5, List.of(new Share("E-1", 14.0), new Share("E-2", 9.0)),
                4, List.of(new Share("E-3", 9.5), new Share("E-4", 7.0)),
                3, List.of(new Share("E-5", 5.0)));
        List<Finding> findings = PayAnalysis.inversions("Pool A", "award %", shares, FY2026);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.PAY_INVERSION);
            assertThat(f.subject()).isEqualTo("Pool A");
            assertThat(f.evidence()).isEqualTo("1 inverted pair(s) by award %; worst: E-2 L5 9.00% < E-3 L4 9.50%");
        });
        Map<Integer, List<Share>> ordered = Map.of(5, List.of(new Share("E-1", 14.0), new Share("E-2", 9.5)),
                4, List.of(new Share("E-3", 9.5), new Share("E-4", 7.0)));
        assertThat(PayAnalysis.inversions("Pool A", "award %", ordered, FY2026)).as("a tie is no inversion").isEmpty();
    }

    @Test
    void meansThatFallWithTheLevelAreNotMonotonic() {
        long[][] table = {{0, 0, 0}, {0, 0, 0}, {5, 0, 0}, {0, 5, 0}, {0, 0, 5}};
        assertThat(PayAnalysis.monotonic(Map.of(3, 1.0, 4, 3.0, 5, 4.0), Map.of(3, 5.0, 4, 10.0, 5, 15.0), table, "AG", FY2026)).isEmpty();
        List<Finding> findings = PayAnalysis.monotonic(Map.of(1, 0.0, 2, 0.0, 3, 1.0, 4, 3.0, 5, 4.0), Map.of(3, 5.0, 4, 12.0, 5, 11.0), table, "AG", FY2026);
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.evidence()).startsWith("mean award % L5 11.00 <= L4 12.00"));
    }

    @Test
    void weakAgreementBetweenLevelAndAwardIsNotMonotonic() {
        long[][] mixed = {{0, 0}, {0, 0}, {3, 3}, {3, 3}, {3, 3}};
        assertThat(PayAnalysis.monotonic(Map.of(), Map.of(), mixed, "AG", FY2026)).singleElement()
                .satisfies(f -> assertThat(f.evidence()).startsWith("Kendall tau-b(level, award %)=0.000 < 0.3"));
    }

    @Test
    void overlappingAwardRangesOfAdjacentLevelsInform() {
        assertThat(PayAnalysis.overlap(Map.of(4, new double[] {6, 11}, 5, new double[] {10, 18}), "AG", FY2026))
                .extracting(Finding::rule).containsExactly(Rule.PAY_LEVEL_OVERLAP);
        assertThat(PayAnalysis.overlap(Map.of(4, new double[] {6, 9}, 5, new double[] {10, 18}), "AG", FY2026)).isEmpty();
    }

    @Test
    void limitsAreComparedExactlyNotAfterRounding() {
        assertThat(rules("CAREER", 5, 200000, 204000, 40009, FY2026)).containsExactly(Rule.PAY_AWARD_RANGE);   // 20.0045%
        assertThat(rules("CAREER", 3, 200000, 210008, 0, FY2026)).containsExactly(Rule.PAY_RAISE_CAP_L3);      // 5.004%
    }

    @Test
    void touchingAwardRangesDoNotOverlap() {
        assertThat(PayAnalysis.overlap(Map.of(4, new double[] {6, 10}, 5, new double[] {10, 18}), "AG", FY2026)).isEmpty();
    }
}
