package org.sescert.checking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sescert.generate.CycleFiles;
import org.sescert.generate.CycleGenerator;
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
        // Under FY2026 a quota-like pattern would only inform, and the sample has none.
        assertThat(count("select count(*) from finding where run_id = ? and rule = 'DIST_QUOTA_PATTERN'", run)).isZero();
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
}
