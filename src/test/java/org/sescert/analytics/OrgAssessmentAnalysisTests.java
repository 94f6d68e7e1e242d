package org.sescert.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sescert.analytics.QuotaPatternAnalysisTests.BASIC_2012;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sescert.analytics.OrgAssessmentAnalysis.ComponentRatings;
import org.sescert.findings.Finding;
import org.sescert.findings.Rule;

class OrgAssessmentAnalysisTests {

    private static List<Rule> rules(List<ComponentRatings> components, double agencyMean) {
        return OrgAssessmentAnalysis.check(components, agencyMean, "AG", BASIC_2012).stream().map(Finding::rule).toList();
    }

    @Test
    void aBottomTierComponentWithTopRatingsIgnoresItsAssessment() {
        assertThat(rules(List.of(new ComponentRatings("Inspections", 42.0, 2, 20, 4.6)), 4.3)).containsExactly(Rule.ORG_ASSESSMENT_IGNORED);
        assertThat(rules(List.of(new ComponentRatings("Inspections", 42.0, 2, 20, 3.9)), 4.3)).isEmpty();
        assertThat(rules(List.of(new ComponentRatings("Field", 80.0, 4, 20, 4.6)), 4.3)).isEmpty();
    }

    @Test
    void ratingsThatIgnoreAssessmentsAcrossComponentsAreWeaklyAligned() {
        List<ComponentRatings> reversed = List.of(
                new ComponentRatings("A", 90.0, null, 20, 3.6), new ComponentRatings("B", 80.0, null, 20, 3.8),
                new ComponentRatings("C", 70.0, null, 20, 4.0), new ComponentRatings("D", 60.0, null, 20, 4.2),
                new ComponentRatings("E", 55.0, null, 20, 4.4));
        List<Finding> findings = OrgAssessmentAnalysis.check(reversed, 4.0, "AG", BASIC_2012);
        assertThat(findings).extracting(Finding::rule).containsExactly(Rule.ORG_ALIGNMENT_WEAK);
        assertThat(findings.get(0).evidence()).startsWith("Spearman rho=-1.000 < 0.3 over 5 components, one-sided p=");

        List<ComponentRatings> aligned = List.of(
                new ComponentRatings("A", 90.0, null, 20, 4.6), new ComponentRatings("B", 80.0, null, 20, 4.4),
                new ComponentRatings("C", 70.0, null, 20, 4.2), new ComponentRatings("D", 60.0, null, 20, 4.1),
                new ComponentRatings("E", 55.0, null, 20, 3.9));
        assertThat(rules(aligned, 4.2)).isEmpty();
        assertThat(rules(reversed.subList(0, 4), 4.0)).as("fewer than 5 components").isEmpty();
    }

    @Test
    void aRatedComponentWithNoAssessmentIsMissingOne() {
        assertThat(rules(List.of(new ComponentRatings("New Office", null, null, 12, 4.1)), 4.0)).containsExactly(Rule.ORG_ASSESSMENT_MISSING);
        assertThat(rules(List.of(new ComponentRatings("Empty Office", null, null, 0, 0)), 4.0)).isEmpty();
    }
}
