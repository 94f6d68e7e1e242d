package org.sescert.checking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sescert.generate.CycleFiles;
import org.sescert.generate.CycleGenerator;
import org.sescert.generate.SyntheticCycle;
import org.sescert.importing.CycleImporter;
import org.sescert.importing.ImportSource;
import org.sescert.checking.CheckOutcome;
import org.sescert.checking.CycleChecker;
import org.sescert.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The analytics as part of sescert check, on the embedded database. */
class AnalyticsFunctionalTests extends DatabaseTest {

    @Autowired
    CycleImporter importer;

    @Autowired
    CycleChecker checker;

    @Test
    void theSamplesAnalyticsFindingsComeWithTheirNumbers() {
        importer.importCycle(ImportSource.file(Path.of("sample-data/sample-cycle.xlsx")), null);
        CheckOutcome outcome = checker.check("FY2026", null);
        long run = outcome.runId();

        String cap = jdbc.queryForObject("select evidence from finding where run_id = ? and rule = 'DIST_CAP_EXCEEDED'", String.class, run);
        long careerHigh = count("select count(*) from executive where cycle_id = 'FY2026' and appointment_type = 'CAREER' and final_level >= 4");
        long career = count("select count(*) from executive where cycle_id = 'FY2026' and appointment_type = 'CAREER' and final_level is not null");
        assertThat(cap).contains("= " + careerHigh + " of " + career).endsWith("over by " + (careerHigh - (long) Math.floor(career * 0.3)));

        assertThat(jdbc.queryForList("select subject from finding where run_id = ? and rule = 'ORG_ASSESSMENT_IGNORED'", String.class, run))
                .containsExactly("Office of Inspections");
        assertThat(count("select count(*) from finding where run_id = ? and rule = 'PAY_NOT_MONOTONIC'", run)).isZero();
        // Under FY2026 a quota-like pattern would only inform, and the sample has none, at either stage.
        assertThat(count("select count(*) from finding where run_id = ? and rule = 'DIST_QUOTA_PATTERN'", run)).isZero();
        // The award cap is the agency's (5 U.S.C. 5384(b)(3)): one ERROR for SA00, not one per pay pool.
        BigDecimal careerBasicPay = jdbc.queryForObject("select sum(career_basic_pay) from pay_pool_totals where cycle_id = 'FY2026'", BigDecimal.class);
        assertThat(findings(run, "PAY_POOL_CAP")).singleElement().satisfies(f -> {
            assertThat(f).containsEntry("severity", "ERROR").containsEntry("scope", "AGENCY").containsEntry("subject", "SA00");
            assertThat((String) f.get("evidence")).contains("10% x aggregate career basic pay " + careerBasicPay.stripTrailingZeros().toPlainString());
        });
    }

    @Test
    void theDistributionViewCountsEveryRatedExecutiveOncePerUnitKindAndStage() {
        importer.importCycle(ImportSource.file(Path.of("sample-data/sample-cycle.xlsx")), null);
        long finals = count("select count(*) from executive where cycle_id = 'FY2026' and final_level is not null");
        for (String kind : new String[] {"AGENCY", "COMPONENT", "PAY_POOL", "APPOINTMENT_TYPE"}) {
            assertThat(count("select sum(executives) from rating_distribution where cycle_id = 'FY2026' and stage = 'FINAL' and unit_kind = ?", kind))
                    .as(kind).isEqualTo(finals);
        }
        Map<String, Object> shares = jdbc.queryForMap("""
                select min(total) as low, max(total) as high from (
                    select sum(share) as total from rating_distribution where cycle_id = 'FY2026' group by stage, unit_kind, unit) t""");
        assertThat(((Number) shares.get("low")).doubleValue()).isBetween(0.999, 1.001);
        assertThat(((Number) shares.get("high")).doubleValue()).isBetween(0.999, 1.001);
        assertThat(count("select executives from rating_distribution where cycle_id = 'FY2026' and stage = 'FINAL' "
                + "and unit_kind = 'COMPONENT' and unit = 'Office of Inspections' and level = 5"))
                .isEqualTo(count("select count(*) from executive where cycle_id = 'FY2026' and component = 'Office of Inspections' and final_level = 5"));
    }

    @Test
    void aFiveThousandExecutiveCycleIsAnalysedInOnePass() throws Exception {
        var cycle = new CycleGenerator(5).generate(5000);
        cycle.cycleValues().put("cycle_id", "FY2090");
        Path dir = Files.createTempDirectory("big").resolve("csv");
        CycleFiles.writeCsv(cycle, dir);
        importer.importCycle(ImportSource.file(dir), null);
        CheckOutcome outcome = checker.check("FY2090", null);
        assertThat(outcome.countsByRule()).containsKeys("DIST_CAP_EXCEEDED", "ORG_ASSESSMENT_IGNORED");
        assertThat(count("select count(*) from check_run where run_id = ? and status = 'DONE'", outcome.runId())).isEqualTo(1);
    }

    private static final List<String> QUOTA_OFFICES = List.of("Quota Office A", "Quota Office B", "Quota Office C");

    private List<Map<String, Object>> findings(long run, String rule) {
        return jdbc.queryForList("select severity, scope, subject, message, evidence from finding where run_id = ? and rule = ? order by subject",
                run, rule);
    }

    @Test
    void threeTwelvePersonComponentsRatedThreeSixThreeAreNamedWithTheChanceOfIt() {
        SyntheticCycle cycle = PlantedCycles.generated("FY2101", 11);
        PlantedCycles.plantQuota(cycle, QUOTA_OFFICES, 3, 6, 3);
        importer.importCycle(ImportSource.file(PlantedCycles.write(cycle)), null);
        long run = checker.check("FY2101", null).runId();

        List<Map<String, Object>> quota = findings(run, "DIST_QUOTA_PATTERN").stream()
                .filter(f -> f.get("subject").equals("Quota Office A, Quota Office B, Quota Office C")).toList();
        // The PRB kept these executives' levels, so the cluster is there at both stages; each stage is reported.
        assertThat(quota).extracting(f -> (String) f.get("message")).anySatisfy(m -> assertThat(m)
                .startsWith("3 components have identical final rating shares (L5/L4/L3/L2/L1 1:2:1:0:0); chance alone gives 3 or more of the 11 "
                        + "components identical shares with probability "));
        assertThat(quota).allSatisfy(f -> {
            assertThat(f.get("scope")).isEqualTo("UNIT");
            assertThat((String) f.get("evidence")).contains("Quota Office A 3/6/3/0/0; Quota Office B 3/6/3/0/0; Quota Office C 3/6/3/0/0")
                    .contains("P(3+ of 11 share identical shares by chance) = ").contains("tests (Bonferroni)");
        });
        System.out.println(quota);
    }

    @Test
    void aQuotaSetAtTheInitialStageAloneIsNamedWithThatStage() {
        SyntheticCycle cycle = PlantedCycles.generated("FY2102", 12);
        PlantedCycles.plantQuota(cycle, QUOTA_OFFICES, 3, 6, 3);
        // The PRB moves one Level 4 up in A and one down in B: the final shares no longer match.
        PlantedCycles.prbMoves(cycle, "Quota Office A", 4, 5);
        PlantedCycles.prbMoves(cycle, "Quota Office B", 4, 3);
        importer.importCycle(ImportSource.file(PlantedCycles.write(cycle)), null);
        long run = checker.check("FY2102", null).runId();

        assertThat(findings(run, "DIST_QUOTA_PATTERN")).filteredOn(f -> ((String) f.get("subject")).startsWith("Quota Office"))
                .singleElement().satisfies(f -> {
                    assertThat(f.get("subject")).isEqualTo("Quota Office A, Quota Office B, Quota Office C");
                    assertThat((String) f.get("message")).startsWith("3 components have identical initial rating shares");
                    assertThat((String) f.get("evidence")).contains("(initial)").contains("P(3+ of 11 share identical shares by chance) = ");
                });
    }

    /** Career executives rated Level 3 or higher in the component get {@code inPool}% of basic pay, the others {@code elsewhere}%. */
    private static void awards(SyntheticCycle cycle, String component, String inPool, String elsewhere) {
        PlantedCycles.awards(cycle, e -> new BigDecimal(component.equals(PlantedCycles.get(e, "component")) ? inPool : elsewhere));
    }

    @Test
    void anAgencyUnderTheStatutoryCapWithOnePoolAtTenPointTwoPercentHasNoCapError() {
        SyntheticCycle cycle = PlantedCycles.generated("FY2103", 13);
        String pool = "Office of the Secretary";
        // The pool's eligible executives get what brings the pool to 10.2% of its career basic pay.
        BigDecimal poolBasic = PlantedCycles.careerBasicPay(cycle, e -> pool.equals(PlantedCycles.get(e, "component")));
        BigDecimal eligibleBasic = PlantedCycles.careerBasicPay(cycle, e -> pool.equals(PlantedCycles.get(e, "component"))
                && Integer.parseInt(PlantedCycles.get(e, "final_level")) >= 3);
        String share = new BigDecimal("10.2").multiply(poolBasic).divide(eligibleBasic, 6, RoundingMode.CEILING).toPlainString();
        awards(cycle, pool, share, "6");
        importer.importCycle(ImportSource.file(PlantedCycles.write(cycle)), null);
        long run = checker.check("FY2103", null).runId();

        Map<String, Object> totals = jdbc.queryForMap("select career_basic_pay, awards from pay_pool_totals where cycle_id = 'FY2103' and pay_pool = ?", pool);
        BigDecimal poolShare = ((BigDecimal) totals.get("awards")).multiply(BigDecimal.valueOf(100))
                .divide((BigDecimal) totals.get("career_basic_pay"), 3, RoundingMode.HALF_EVEN);
        assertThat(poolShare).isBetween(new BigDecimal("10.200"), new BigDecimal("10.210"));
        assertThat(findings(run, "PAY_POOL_CAP")).as("under the agency-wide cap; the shipped packs set no pool budget").isEmpty();
    }

    @Test
    void anAgencyOverTheStatutoryCapHasOneCapErrorWithBothFigures() {
        SyntheticCycle cycle = PlantedCycles.generated("FY2104", 14);
        awards(cycle, "", "11", "11");
        importer.importCycle(ImportSource.file(PlantedCycles.write(cycle)), null);
        long run = checker.check("FY2104", null).runId();

        assertThat(findings(run, "PAY_POOL_CAP")).singleElement().satisfies(f -> {
            assertThat(f.get("severity")).isEqualTo("ERROR");
            assertThat(f.get("scope")).isEqualTo("AGENCY");
            assertThat(f.get("subject")).isEqualTo("SA00");
            assertThat((String) f.get("evidence")).contains("% x aggregate career basic pay ").contains("% x average career basic pay ")
                    .contains("over by");
        });
    }

    @Test
    void anAwardOfFivePercentRoundedDownIsInRangeAndOneADollarLessIsNot() {
        SyntheticCycle cycle = PlantedCycles.generated("FY2105", 15);
        List<String> ids = cycle.rows(org.sescert.importing.CycleLayout.EXECUTIVES).stream()
                .filter(e -> "CAREER".equals(PlantedCycles.get(e, "appointment_type")) && "4".equals(PlantedCycles.get(e, "final_level")))
                .map(e -> e.get(0)).limit(2).toList();
        int before = org.sescert.importing.CycleLayout.PAY.indexOf("basic_pay_before");
        int after = org.sescert.importing.CycleLayout.PAY.indexOf("basic_pay_after");
        int award = org.sescert.importing.CycleLayout.PAY.indexOf("performance_award");
        // 5% of 160490 is 8024.50.
        for (int i = 0; i < 2; i++) {
            List<String> pay = PlantedCycles.pay(cycle, ids.get(i));
            pay.set(before, "160490");
            pay.set(after, "164500");
            pay.set(award, i == 0 ? "8024" : "8023");
        }
        importer.importCycle(ImportSource.file(PlantedCycles.write(cycle)), null);
        long run = checker.check("FY2105", null).runId();

        assertThat(findings(run, "PAY_AWARD_RANGE")).singleElement().satisfies(f -> {
            assertThat(f.get("subject")).isEqualTo(ids.get(1));
            assertThat((String) f.get("evidence")).contains("award 8023 (4.999% of basic pay 160490 before adjustment) < lowest 8024");
        });
    }
}
