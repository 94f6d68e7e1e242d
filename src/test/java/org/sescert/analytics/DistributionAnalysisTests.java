package org.sescert.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sescert.analytics.QuotaPatternAnalysisTests.BASIC_2012;
import static org.sescert.analytics.QuotaPatternAnalysisTests.FY2026;
import static org.sescert.analytics.QuotaPatternAnalysisTests.counts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sescert.findings.Finding;
import org.sescert.findings.Rule;
import org.sescert.findings.Scope;
import org.sescert.findings.Severity;

class DistributionAnalysisTests {

    private static List<LevelTable> officials(long[] counts) {
        return List.of(new LevelTable("RATING_OFFICIAL", "FINAL", Map.of("RO-1", counts)));
    }

    @Test
    void aUnitWithNineInTenAtOneLevelMakesNoDistinctionAndEightInTenDoes() {
        List<Finding> findings = DistributionAnalysis.noDistinction(officials(counts(9, 1, 0, 0, 0)), counts(9, 1, 0, 0, 0), "AG", BASIC_2012);
        assertThat(findings).filteredOn(f -> f.scope() == Scope.UNIT).singleElement()
                .satisfies(f -> assertThat(f.evidence()).startsWith("L5 9 of 10 = 90.0% >= 90.0%"));
        assertThat(DistributionAnalysis.noDistinction(officials(counts(8, 2, 0, 0, 0)), counts(4, 5, 1, 0, 0), "AG", BASIC_2012)).isEmpty();
    }

    @Test
    void anAgencyWhoseModalRatingIsOutstandingGetsANote() {
        List<Finding> findings = DistributionAnalysis.noDistinction(List.of(), counts(50, 40, 10, 0, 0), "AG", BASIC_2012);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.scope()).isEqualTo(Scope.AGENCY);
            assertThat(f.severity()).isEqualTo(Severity.INFO);
        });
        assertThat(DistributionAnalysis.noDistinction(List.of(), counts(40, 50, 10, 0, 0), "AG", BASIC_2012)).isEmpty();
        assertThat(DistributionAnalysis.noDistinction(List.of(), counts(45, 45, 10, 0, 0), "AG", BASIC_2012)).as("a tie is no L5 mode").isEmpty();
    }

    @Test
    void theFy2026CapCountsTheRatingsOverIt() {
        // 20 career executives: the cap is 6 at Level 4 or 5; 9 are.
        List<Finding> over = DistributionAnalysis.capExceeded(counts(4, 5, 11, 0, 0), 20, "AG", FY2026);
        assertThat(over).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.DIST_CAP_EXCEEDED);
            assertThat(f.message()).startsWith("3 career ratings at Level 4 or 5 are over the cap");
            assertThat(f.evidence()).endsWith("cap 30% = 6; over by 3");
        });
        assertThat(DistributionAnalysis.capExceeded(counts(3, 3, 14, 0, 0), 20, "AG", FY2026)).isEmpty();
        assertThat(DistributionAnalysis.capExceeded(counts(2, 2, 0, 0, 0), 4, "AG", FY2026)).as("fewer than 5 career").isEmpty();
        assertThat(DistributionAnalysis.capExceeded(counts(4, 5, 11, 0, 0), 20, "AG", BASIC_2012)).as("no cap in 2012").isEmpty();
    }

    @Test
    void theFy2026CapsMinimumCountsCareerExecutivesRatedOrNot() {
        // Five career executives, one of them not rated: the agency has five, so the cap applies to the four ratings.
        assertThat(DistributionAnalysis.capExceeded(counts(2, 2, 0, 0, 0), 5, "AG", FY2026)).singleElement()
                .satisfies(f -> assertThat(f.evidence())
                        .isEqualTo("5 career executives (the cap applies from 5); career final L5 2 + L4 2 = 4 of 4 = 100.0%; cap 30% = 1; over by 3"));
    }

    @Test
    void aRatingOfficialWithNoDistinctionBeforeThePrbIsNamedWithItsStage() {
        LevelTable initial = new LevelTable("RATING_OFFICIAL", LevelTable.INITIAL, Map.of("RO-1", counts(10, 0, 0, 0, 0), "RO-2", counts(3, 5, 2, 0, 0)));
        LevelTable last = new LevelTable("RATING_OFFICIAL", LevelTable.FINAL, Map.of("RO-1", counts(6, 4, 0, 0, 0), "RO-2", counts(3, 5, 2, 0, 0)));
        assertThat(DistributionAnalysis.noDistinction(LevelTable.byStage(initial, last), counts(0, 0, 0, 0, 0), "AG", BASIC_2012))
                .singleElement().satisfies(f -> {
                    assertThat(f.subject()).isEqualTo("RO-1");
                    assertThat(f.message()).contains("100.0% of initial ratings");
                    assertThat(f.evidence()).isEqualTo("L5 10 of 10 = 100.0% >= 90.0%; L5/L4/L3/L2/L1 10/0/0/0/0 (initial)");
                });
    }

    @Test
    void aUnitWithTheSameCountsAtBothStagesIsReportedOnceForBoth() {
        LevelTable initial = new LevelTable("RATING_OFFICIAL", LevelTable.INITIAL, Map.of("RO-1", counts(10, 0, 0, 0, 0), "RO-2", counts(3, 5, 2, 0, 0)));
        LevelTable last = new LevelTable("RATING_OFFICIAL", LevelTable.FINAL, Map.of("RO-1", counts(10, 0, 0, 0, 0), "RO-2", counts(4, 4, 2, 0, 0)));
        assertThat(DistributionAnalysis.noDistinction(LevelTable.byStage(initial, last), counts(0, 0, 0, 0, 0), "AG", BASIC_2012))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("of initial and final ratings"));
    }

    @Test
    void aPrbThatOnlyDowngradesLevelFivesCurvesTheRatings() {
        // Office A rated top-heavy by its officials; the PRB takes four of its Level 5s down to 4.
        Map<String, long[]> initial = new LinkedHashMap<>();
        initial.put("Office A", counts(9, 1, 0, 0, 0));
        initial.put("Office B", counts(3, 5, 2, 0, 0));
        Map<String, long[]> after = new LinkedHashMap<>();
        after.put("Office A", counts(5, 5, 0, 0, 0));
        after.put("Office B", counts(3, 5, 2, 0, 0));
        List<Finding> findings = DistributionAnalysis.prbCurve(List.of(new DistributionAnalysis.PrbStage("PRB-1", 20, 4, 0, initial, after)), BASIC_2012);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.DIST_PRB_CURVE);
            assertThat(f.evidence()).startsWith("4 of 20 = 20.0% moved down (down 4, up 0)");
        });
    }

    @Test
    void aPrbThatMovesRatingsBothWaysOrFewOfThemIsNoCurve() {
        Map<String, long[]> initial = Map.of("Office A", counts(9, 1, 0, 0, 0), "Office B", counts(3, 5, 2, 0, 0));
        Map<String, long[]> after = Map.of("Office A", counts(6, 4, 0, 0, 0), "Office B", counts(4, 4, 2, 0, 0));
        assertThat(DistributionAnalysis.prbCurve(List.of(new DistributionAnalysis.PrbStage("PRB-1", 20, 3, 1, initial, after)), BASIC_2012)).isEmpty();
        assertThat(DistributionAnalysis.prbCurve(List.of(new DistributionAnalysis.PrbStage("PRB-1", 40, 3, 0, initial, after)), BASIC_2012)).isEmpty();
    }

    @Test
    void aOneWayPrbThatLeavesItsComponentsFurtherApartIsNoCurve() {
        Map<String, long[]> initial = Map.of("Office A", counts(5, 5, 0, 0, 0), "Office B", counts(3, 5, 2, 0, 0));
        Map<String, long[]> after = Map.of("Office A", counts(5, 5, 0, 0, 0), "Office B", counts(0, 5, 5, 0, 0));
        assertThat(DistributionAnalysis.prbCurve(List.of(new DistributionAnalysis.PrbStage("PRB-1", 20, 3, 0, initial, after)), BASIC_2012)).isEmpty();
    }
}
