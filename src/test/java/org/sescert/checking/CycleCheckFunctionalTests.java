package org.sescert.checking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.sescert.generate.CycleFiles;
import org.sescert.generate.SyntheticCycle;
import org.sescert.importing.CycleImporter;
import org.sescert.importing.CycleLayout;
import org.sescert.importing.ImportSource;
import org.sescert.support.DatabaseTest;
import org.sescert.system.RefusedException;
import org.springframework.beans.factory.annotation.Autowired;

/** The check job end to end: the sample's planted defects, the findings file, re-runs, and the policy packs. */
class CycleCheckFunctionalTests extends DatabaseTest {

    @Autowired
    CycleImporter importer;

    @Autowired
    CycleChecker checker;

    private List<String> findings(long runId) {
        return jdbc.queryForList("select rule || ' ' || subject from finding where run_id = ? order by 1", String.class, runId);
    }

    @Test
    void theSamplesPlantedDefectsAreFoundAndWrittenSorted() throws Exception {
        importer.importCycle(ImportSource.file(Path.of("sample-data/sample-cycle.xlsx")), null);
        CheckOutcome outcome = checker.check("FY2026", null);

        assertThat(outcome.policyId()).isEqualTo("opm-fy2026");
        // Exactly what sample-data/README.md lists: the planted defects and the generator's few missing reviews.
        assertThat(findings(outcome.runId()).stream().filter(f -> !f.startsWith("DIST_") && !f.startsWith("ORG_") && !f.startsWith("PAY_")))
                .containsExactlyInAnyOrder(
                "PLAN_WEIGHT_TOTAL SA-0015", "RATING_INITIAL_MISMATCH SA-0020", "RATING_FINAL_UNEXPLAINED SA-0025",
                "PLAN_LATE SA-0030", "PROC_NO_PROGRESS_REVIEW SA-0035", "PROC_PRB_BEFORE_SHARED SA-0036",
                "PROC_MIN_PERIOD SA-0290", "ACTION_REMOVE_TWO_BELOW_FS_3Y SA-0164", "ACTION_UNSATISFACTORY SA-0198",
                "PRB_SELF_REVIEW PRB-2", "PRB_NOT_PUBLISHED PRB-3", "PLAN_MISSING_ELEMENT SA-0033", "PLAN_WEIGHT_TOTAL SA-0033",
                "PROC_NO_PROGRESS_REVIEW SA-0063", "PROC_NO_PROGRESS_REVIEW SA-0119", "PROC_NO_PROGRESS_REVIEW SA-0223",
                "PROC_NO_PROGRESS_REVIEW SA-0252", "PROC_NO_PROGRESS_REVIEW SA-0262", "PROC_NO_PROGRESS_REVIEW SA-0285");
        assertThat(jdbc.queryForObject("select evidence from finding where run_id = ? and rule = 'RATING_INITIAL_MISMATCH' and subject = 'SA-0020'",
                String.class, outcome.runId())).isEqualTo("4x25+5x15+3x15+4x15+5x30=430 -> L4; recorded L5");
        assertThat(jdbc.queryForMap("select policy_id, policy_sha256, status from check_run where run_id = ?", outcome.runId()))
                .containsEntry("policy_id", "opm-fy2026").containsEntry("status", "DONE");

        List<CSVRecord> rows;
        try (CSVParser csv = CSVParser.parse(outcome.findingsCsv(), java.nio.charset.StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertThat(csv.getHeaderNames()).containsExactly("cycle_id", "rule", "severity", "scope", "subject", "message", "evidence");
            rows = csv.getRecords();
        }
        assertThat(rows).hasSize(findings(outcome.runId()).size());
        List<String> severityOrder = List.of("ERROR", "WARNING", "INFO");
        for (int i = 1; i < rows.size(); i++) {
            CSVRecord a = rows.get(i - 1);
            CSVRecord b = rows.get(i);
            int bySeverity = Integer.compare(severityOrder.indexOf(a.get("severity")), severityOrder.indexOf(b.get("severity")));
            String ka = a.get("rule") + "\u0000" + a.get("subject");
            String kb = b.get("rule") + "\u0000" + b.get("subject");
            assertThat(bySeverity < 0 || (bySeverity == 0 && ka.compareTo(kb) <= 0)).as("row %d after row %d", i + 1, i).isTrue();
        }
        assertThat(outcome.count(org.sescert.findings.Severity.ERROR)).isEqualTo(rows.stream().filter(r -> r.get("severity").equals("ERROR")).count());
    }

    @Test
    void reRunningTheCheckReplacesTheCyclesFindings() throws Exception {
        Path dir = tinyCycle("FY2040", "opm-fy2026", Map.of("FAITHFUL_ADMINISTRATION", 20, "GOVERNMENT_EFFICIENCY", 20,
                "MERIT_AND_COMPETENCE", 20, "HOLDING_OTHERS_ACCOUNTABLE", 20, "ACHIEVING_ORGANIZATIONAL_GOALS", 20));
        importer.importCycle(ImportSource.file(dir), null);
        CheckOutcome first = checker.check("FY2040", null);
        List<String> firstFindings = findings(first.runId());
        CheckOutcome second = checker.check("FY2040", null);

        assertThat(findings(second.runId())).isEqualTo(firstFindings).contains("PLAN_RD_MIN_WEIGHT T-1");
        assertThat(count("select count(*) from finding where cycle_id = 'FY2040' and run_id = ?", first.runId())).isZero();
        assertThat(count("select count(distinct run_id) from finding where cycle_id = 'FY2040'")).isEqualTo(1);
        assertThat(count("select run_id from cycle_check where cycle_id = 'FY2040'")).isEqualTo(second.runId());
    }

    @Test
    void theSameCycleUnderEachPackShowsTheDifferencesThePacksDefine() throws Exception {
        // A 2012-style plan whose Results Driven weight (22) passes the 2012 minimum of 20.
        Path dir = tinyCycle("FY2041", null, Map.of("LEADING_CHANGE", 20, "LEADING_PEOPLE", 20, "BUSINESS_ACUMEN", 19,
                "BUILDING_COALITIONS", 19, "RESULTS_DRIVEN", 22));
        importer.importCycle(ImportSource.file(dir), null);

        CheckOutcome basic = checker.check("FY2041", "opm-basic-2012");
        assertThat(findings(basic.runId())).doesNotContain("PLAN_MISSING_ELEMENT T-1", "PLAN_RD_MIN_WEIGHT T-1");

        CheckOutcome fy2026 = checker.check("FY2041", "opm-fy2026");
        assertThat(findings(fy2026.runId())).contains("PLAN_MISSING_ELEMENT T-1");
        assertThat(jdbc.queryForObject("select evidence from finding where run_id = ? and rule = 'PLAN_MISSING_ELEMENT'", String.class, fy2026.runId()))
                .startsWith("missing FAITHFUL_ADMINISTRATION, GOVERNMENT_EFFICIENCY").contains("(not in opm-fy2026)");

        // The same lead weight on the FY2026 elements: 22 is under that pack's minimum of 25.
        Path fy = tinyCycle("FY2042", null, Map.of("FAITHFUL_ADMINISTRATION", 22, "GOVERNMENT_EFFICIENCY", 20,
                "MERIT_AND_COMPETENCE", 20, "HOLDING_OTHERS_ACCOUNTABLE", 19, "ACHIEVING_ORGANIZATIONAL_GOALS", 19));
        importer.importCycle(ImportSource.file(fy), null);
        assertThat(findings(checker.check("FY2042", "opm-fy2026").runId())).contains("PLAN_RD_MIN_WEIGHT T-1");
        assertThat(findings(checker.check("FY2042", "opm-basic-2012").runId())).contains("PLAN_MISSING_ELEMENT T-1")
                .doesNotContain("PLAN_RD_MIN_WEIGHT T-1");
    }

    @Test
    void poorPerformanceIsTracedAcrossImportedCycles() throws Exception {
        Map<String, Integer> plan = Map.of("FAITHFUL_ADMINISTRATION", 30, "GOVERNMENT_EFFICIENCY", 15, "MERIT_AND_COMPETENCE", 15,
                "HOLDING_OTHERS_ACCOUNTABLE", 15, "ACHIEVING_ORGANIZATIONAL_GOALS", 25);
        importer.importCycle(ImportSource.file(tinyCycle("FY2043", "opm-fy2026", plan, 2, "2043-11-10")), null);
        importer.importCycle(ImportSource.file(tinyCycle("FY2044", "opm-fy2026", plan, 2, "2044-11-10")), null);
        assertThat(findings(checker.check("FY2044", null).runId())).contains("ACTION_REMOVE_TWO_BELOW_FS_3Y T-1");
        assertThat(jdbc.queryForObject("select evidence from finding f join cycle_check c using (run_id) "
                + "where f.cycle_id = 'FY2044' and rule = 'ACTION_REMOVE_TWO_BELOW_FS_3Y'", String.class))
                .startsWith("L2 FY2043 (2043-11-10) and L2 FY2044 (2044-11-10)");
        // The earlier cycle's check does not look forward.
        assertThat(findings(checker.check("FY2043", null).runId())).doesNotContain("ACTION_REMOVE_TWO_BELOW_FS_3Y T-1");
    }

    @Test
    void anEarlierCyclesHistorySheetCountsAndAnotherAgencysRatingsDoNot() throws Exception {
        Map<String, Integer> plan = Map.of("FAITHFUL_ADMINISTRATION", 30, "GOVERNMENT_EFFICIENCY", 15, "MERIT_AND_COMPETENCE", 15,
                "HOLDING_OTHERS_ACCOUNTABLE", 15, "ACHIEVING_ORGANIZATIONAL_GOALS", 25);
        // FY2051's History sheet says T-1 was rated Level 2 in FY2050; FY2052 rates T-1 Level 2 again.
        SyntheticCycle fy2051 = tiny("FY2051", "opm-fy2026", plan, 4, null, "TC00");
        fy2051.add(CycleLayout.HISTORY, Map.of("executive_id", "T-1", "cycle_id", "FY2050", "final_level", "2", "final_rating_date", "2050-11-10"));
        importer.importCycle(ImportSource.file(write(fy2051)), null);
        importer.importCycle(ImportSource.file(write(tiny("FY2052", "opm-fy2026", plan, 2, null, "TC00"))), null);
        assertThat(findings(checker.check("FY2052", null).runId())).contains("ACTION_REMOVE_TWO_BELOW_FS_3Y T-1");

        // Another agency's T-1, rated Level 2 the year before, is another person.
        importer.importCycle(ImportSource.file(write(tiny("FY2061", "opm-fy2026", plan, 2, null, "XX99"))), null);
        importer.importCycle(ImportSource.file(write(tiny("FY2062", "opm-fy2026", plan, 2, null, "TC00"))), null);
        assertThat(findings(checker.check("FY2062", null).runId())).doesNotContain("ACTION_REMOVE_TWO_BELOW_FS_3Y T-1");
    }

    @Test
    void aSecondCheckOfTheSameCycleWhileOneRunsIsRefused() throws Exception {
        importer.importCycle(ImportSource.file(write(tiny("FY2070", null, Map.of("RESULTS_DRIVEN", 100), 4, null, "TC00"))), null);
        try (var held = org.sescert.jobs.SubjectLock.acquire(jdbc.getDataSource(), org.sescert.jobs.Subject.cycle("check", "FY2070"))) {
            assertThatThrownBy(() -> checker.check("FY2070", null)).isInstanceOf(RefusedException.class)
                    .hasMessageContaining("another check of cycle FY2070 is running");
        }
        assertThat(checker.check("FY2070", null).runId()).isPositive();
    }

    @Test
    void aWorkbookCanNameAShippedPackButNeverAFileOnTheServer() throws Exception {
        Path secret = Files.createTempFile("not-a-policy", ".yaml");
        Files.writeString(secret, "root:x:0:0:root:/root:/bin/bash\n");
        importer.importCycle(ImportSource.file(write(tiny("FY2071", secret.toString(), Map.of("RESULTS_DRIVEN", 100), 4, null, "TC00"))), null);
        assertThatThrownBy(() -> checker.check("FY2071", null)).isInstanceOf(org.sescert.policy.PolicyException.class)
                .hasMessageContaining("which is not a shipped pack").hasMessageNotContaining("root:x");
    }

    @Test
    void aCycleNotInTheDatabaseIsRefused() {
        assertThatThrownBy(() -> checker.check("FY1999", null)).isInstanceOf(RefusedException.class)
                .hasMessageContaining("cycle FY1999 is not in the database");
    }

    private static Path tinyCycle(String cycleId, String policy, Map<String, Integer> weights) throws Exception {
        return tinyCycle(cycleId, policy, weights, 4, null);
    }

    private static Path tinyCycle(String cycleId, String policy, Map<String, Integer> weights, int level, String ratedOn) throws Exception {
        return write(tiny(cycleId, policy, weights, level, ratedOn, "TC00"));
    }

    private static Path write(SyntheticCycle cycle) throws Exception {
        Path dir = Files.createTempDirectory("tiny-" + cycle.cycleValues().get("cycle_id")).resolve("csv");
        CycleFiles.writeCsv(cycle, dir);
        return dir;
    }

    /** One executive, T-1, rated {@code level} on every element with these weights, in a fiscal year named by the cycle id. */
    private static SyntheticCycle tiny(String cycleId, String policy, Map<String, Integer> weights, int level, String ratedOn,
                                       String agency) {
        int year = Integer.parseInt(cycleId.substring(2));
        SyntheticCycle cycle = new SyntheticCycle();
        cycle.cycleValues().put("agency_code", agency);
        cycle.cycleValues().put("cycle_id", cycleId);
        cycle.cycleValues().put("period_start", (year - 1) + "-10-01");
        cycle.cycleValues().put("period_end", year + "-09-30");
        if (policy != null) {
            cycle.cycleValues().put("policy", policy);
        }
        Map<String, String> e = new HashMap<>();
        e.put("executive_id", "T-1");
        e.put("appointment_type", "CAREER");
        e.put("component", "Office T");
        e.put("appraisal_start", (year - 1) + "-10-01");
        e.put("appraisal_end", year + "-09-30");
        e.put("progress_review", year + "-03-01");
        e.put("initial_level", Integer.toString(level));
        e.put("initial_shared", year + "-10-15");
        e.put("prb_id", "PRB-T");
        e.put("prb_review", year + "-11-01");
        e.put("prb_level", Integer.toString(level));
        e.put("final_level", Integer.toString(level));
        e.put("final_rating_date", ratedOn != null ? ratedOn : year + "-11-10");
        cycle.add(CycleLayout.EXECUTIVES, e);
        weights.forEach((element, weight) -> cycle.add(CycleLayout.ELEMENTS,
                Map.of("executive_id", "T-1", "element", element, "weight", weight.toString(), "level", Integer.toString(level))));
        return cycle;
    }
}
