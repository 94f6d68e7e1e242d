package org.sescert.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sescert.analytics.OrgAssessmentAnalysis.ComponentRatings;
import org.sescert.datasets.CertificationDatasets.ElementWeight;
import org.sescert.datasets.CertificationDatasets.PrbComposition;
import org.sescert.datasets.CertificationDatasets.ProcessSummary;
import org.sescert.datasets.CycleDatasets.PayByLevel;
import org.sescert.findings.Rule;
import org.sescert.policy.PolicyCatalog;
import org.sescert.reporting.internal.CertificationCriteria.Facts;
import org.sescert.reporting.internal.CertificationCriteria.RuleFindings;
import org.sescert.reporting.internal.ReportRows.Criterion;
import org.sescert.reporting.internal.ReportRows.RuleLine;

/** The nine criteria of 5 CFR 430.404(a): each with its evidence, its rules, and where a narrative must be attached. */
class CertificationCriteriaTests {

    private static Facts facts(long[] fin, Map<Rule, RuleFindings> findings, Map<Rule, List<String>> evidence) {
        return new Facts(new PolicyCatalog().load("opm-fy2026").policy(), 100, 100, findings, 2,
                new ProcessSummary(100, 100, 100, 97, 2, 1, 95, 100, 100, 4, 3),
                List.of(new ElementWeight("FAITHFUL_ADMINISTRATION", 100, 25, 29.5, 35, 4.2),
                        new ElementWeight("GOVERNMENT_EFFICIENCY", 100, 10, 15.0, 20, 4.1)),
                new long[] {0, 1, 3, 20, 40, 36}, new long[] {0, 1, 3, 22, 40, 34}, fin, new long[] {0, 1, 3, 18, 35, 30},
                List.of(new PayByLevel(5, 36, 4.8, 4.9, 14.0, 14.2, 30, 9.0, 18.0), new PayByLevel(4, 40, 3.1, 3.0, 8.5, 8.6, 38, 5.0, 11.0)),
                List.of(new ComponentRatings("Office A", 42.0, 2, 30, 4.3), new ComponentRatings("Office B", 80.0, 4, 70, 4.0)),
                4.1, List.of(new PrbComposition("PRB-1", 5, 4, 100, 85)), evidence);
    }

    @Test
    void theNineCriteriaComeInTheRegulationsOrderEachWithANarrativeToAttach() {
        List<Criterion> criteria = CertificationCriteria.sections(facts(new long[] {0, 1, 3, 20, 40, 36}, Map.of(), Map.of()));
        assertThat(criteria).extracting(Criterion::name).containsExactly("Alignment", "Consultation", "Results", "Balance",
                "Assessments and guidelines", "Oversight", "Accountability", "Performance differentiation", "Pay differentiation");
        assertThat(criteria).extracting(Criterion::citation).allMatch(c -> c.startsWith("5 CFR 430.404(a)("));
        assertThat(criteria).allSatisfy(c -> {
            assertThat(c.narrative()).isNotBlank();
            assertThat(c.evidence()).isNotBlank();
            assertThat(c.rules()).isNotEmpty();
        });
        assertThat(criteria.get(1).evidence()).contains("97 of 100 plans were communicated on or before");
        assertThat(criteria.get(4).evidence()).contains("Office A (score 42, mean final level 4.30)");
    }

    @Test
    void eachFamilyOfRulesBearsOnItsCriterion() {
        List<Criterion> criteria = CertificationCriteria.sections(facts(new long[] {0, 1, 3, 20, 40, 36}, Map.of(), Map.of()));
        assertThat(rules(criteria.get(0))).contains("PLAN_MISSING_ELEMENT", "PLAN_WEIGHT_TOTAL", "ORG_ALIGNMENT_WEAK");
        assertThat(rules(criteria.get(4))).contains("ORG_ASSESSMENT_MISSING", "ORG_ASSESSMENT_IGNORED");
        assertThat(rules(criteria.get(5))).contains("PRB_TOO_FEW", "PRB_CAREER_MAJORITY", "PROC_PRB_BEFORE_SHARED");
        assertThat(rules(criteria.get(6))).contains("RATING_INITIAL_MISMATCH", "ACTION_UNSATISFACTORY");
        assertThat(rules(criteria.get(7))).containsExactly("DIST_QUOTA_PATTERN", "DIST_PRB_CURVE", "DIST_NO_DISTINCTION", "DIST_CAP_EXCEEDED");
        assertThat(rules(criteria.get(8))).allMatch(r -> r.startsWith("PAY_"));
    }

    @Test
    void aCriterionsFindingsAreCountedBySeverity() {
        Map<Rule, RuleFindings> findings = new EnumMap<>(Rule.class);
        findings.put(Rule.PLAN_WEIGHT_TOTAL, new RuleFindings(2, 0, 0, 2));
        findings.put(Rule.PLAN_LATE, new RuleFindings(0, 3, 0, 3));
        List<Criterion> criteria = CertificationCriteria.sections(facts(new long[] {0, 1, 3, 20, 40, 36}, findings, Map.of()));
        assertThat(criteria.get(0).tally()).isEqualTo("The check raised 2 ERROR, 0 WARNING and 0 INFO findings under this criterion.");
        assertThat(criteria.get(0).rules()).filteredOn(l -> l.rule().equals("PLAN_WEIGHT_TOTAL")).extracting(RuleLine::errors).containsExactly(2L);
        assertThat(criteria.get(2).tally()).isEqualTo("The check raised no finding under this criterion.");
    }

    @Test
    void aModalRatingOfLevelFiveAsksForTheJustificationOpmWants() {
        Criterion outstanding = CertificationCriteria.sections(facts(new long[] {0, 0, 2, 20, 30, 48}, Map.of(), Map.of())).get(7);
        assertThat(outstanding.evidence()).contains("the most common rating is Level 5");
        assertThat(outstanding.narrative()).contains("GAO-15-189");
        Criterion exceeds = CertificationCriteria.sections(facts(new long[] {0, 0, 2, 20, 50, 28}, Map.of(), Map.of())).get(7);
        assertThat(exceeds.narrative()).doesNotContain("GAO-15-189");
    }

    @Test
    void theCapFindingsEvidenceIsQuoted() {
        Map<Rule, RuleFindings> findings = new EnumMap<>(Rule.class);
        findings.put(Rule.DIST_CAP_EXCEEDED, new RuleFindings(1, 0, 0, 1));
        Criterion distinctions = CertificationCriteria.sections(facts(new long[] {0, 1, 3, 20, 40, 36}, findings,
                Map.of(Rule.DIST_CAP_EXCEEDED, List.of("career L5 30 + L4 35 = 65 of 87")))).get(7);
        assertThat(distinctions.evidence()).contains("(DIST_CAP_EXCEEDED: career L5 30 + L4 35 = 65 of 87)");
    }

    private static List<String> rules(Criterion criterion) {
        return criterion.rules().stream().map(RuleLine::rule).toList();
    }
}
