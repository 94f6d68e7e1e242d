package org.sescert.rating;

import org.sescert.findings.Finding;
import org.sescert.findings.Rule;
import org.sescert.findings.Severity;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class PlanRulesTests {

    @Test
    void aCleanPlanDrawsNoFinding() {
        assertThat(Plans.clean().rules()).isEmpty();
    }

    @Test
    void weightsThatDoNotAddUpToTheTotalFire() {
        ExecutiveCase e = Plans.clean().element("GOVERNMENT_EFFICIENCY", 10, 4).build();
        List<Finding> findings = PlanRules.check(e, Plans.FY2026);
        assertThat(findings).extracting(Finding::rule).containsExactly(Rule.PLAN_WEIGHT_TOTAL);
        assertThat(findings.get(0).evidence()).isEqualTo("30+10+15+15+25=95; required 100");
        assertThat(findings.get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void theLeadElementUnderItsMinimumFiresAndAtItsMinimumDoesNot() {
        Plans under = Plans.clean().element("FAITHFUL_ADMINISTRATION", 24, 4).element("GOVERNMENT_EFFICIENCY", 21, 4);
        assertThat(under.rules()).containsExactly(Rule.PLAN_RD_MIN_WEIGHT);
        Plans at = Plans.clean().element("FAITHFUL_ADMINISTRATION", 25, 4).element("GOVERNMENT_EFFICIENCY", 20, 4);
        assertThat(at.rules()).isEmpty();
    }

    @Test
    void anotherElementUnderFiveFiresAndAtFiveDoesNot() {
        assertThat(Plans.clean().element("MERIT_AND_COMPETENCE", 4, 4).element("FAITHFUL_ADMINISTRATION", 41, 4).rules())
                .containsExactly(Rule.PLAN_ELEMENT_MIN_WEIGHT);
        assertThat(Plans.clean().element("MERIT_AND_COMPETENCE", 5, 4).element("FAITHFUL_ADMINISTRATION", 40, 4).rules()).isEmpty();
    }

    @Test
    void outweighingTheLeadFiresUnder2012ButNotUnderFy2026() {
        Plans plans = Plans.clean();
        plans.elements.clear();
        plans.elements.addAll(List.of(new ElementRating("LEADING_CHANGE", 35, 4), new ElementRating("LEADING_PEOPLE", 15, 4),
                new ElementRating("BUSINESS_ACUMEN", 15, 4), new ElementRating("BUILDING_COALITIONS", 10, 4),
                new ElementRating("RESULTS_DRIVEN", 25, 4)));
        ExecutiveCase plan = plans.build();
        assertThat(PlanRules.check(plan, Plans.BASIC_2012)).extracting(Finding::rule).containsExactly(Rule.PLAN_ELEMENT_OVER_RD);
        Plans fy2026 = Plans.clean().element("GOVERNMENT_EFFICIENCY", 40, 4).element("FAITHFUL_ADMINISTRATION", 25, 4)
                .element("ACHIEVING_ORGANIZATIONAL_GOALS", 5, 4).element("MERIT_AND_COMPETENCE", 15, 4);
        assertThat(fy2026.rules()).isEmpty();
    }

    @Test
    void aMissingElementFiresNamingItAndTheUnknownOnes() {
        Plans plans = Plans.clean();
        plans.elements.removeIf(e -> e.element().equals("MERIT_AND_COMPETENCE"));
        plans.elements.add(new ElementRating("LEADING_CHANGE", 15, 4));
        List<Finding> findings = PlanRules.check(plans.build(), Plans.FY2026);
        assertThat(findings).extracting(Finding::rule).containsExactly(Rule.PLAN_MISSING_ELEMENT);
        assertThat(findings.get(0).evidence()).isEqualTo("missing MERIT_AND_COMPETENCE; plan names LEADING_CHANGE (not in opm-fy2026)");
    }

    @Test
    void aPlanCommunicatedAfterTheStartIsLateAndOneOnTheStartDayIsNot() {
        Plans late = Plans.clean();
        late.planCommunicated = LocalDate.of(2025, 10, 2);
        assertThat(late.rules()).containsExactly(Rule.PLAN_LATE);
        Plans onTime = Plans.clean();
        onTime.planCommunicated = LocalDate.of(2025, 10, 1);
        assertThat(onTime.rules()).isEmpty();
    }

    @Test
    void aPlanWithNoCommunicationDateIsFlaggedLate() {
        Plans undated = Plans.clean();
        undated.planCommunicated = null;
        assertThat(ExecutiveRules.check(undated.build(), Plans.FY2026_CYCLE, Plans.FY2026)).singleElement()
                .satisfies(f -> assertThat(f.evidence()).isEqualTo("no plan_communicated date; appraisal start 2025-10-01"));
    }

    @Test
    void anElementThePackDoesNotKnowStillMayNotOutweighTheLead() {
        Plans plans = Plans.clean();
        plans.elements.clear();
        plans.elements.addAll(List.of(new ElementRating("LEADING_CHANGE", 15, 4), new ElementRating("LEADING_PEOPLE", 15, 4),
                new ElementRating("BUSINESS_ACUMEN", 15, 4), new ElementRating("AGENCY_PRIORITIES", 30, 4),
                new ElementRating("RESULTS_DRIVEN", 25, 4)));
        assertThat(PlanRules.check(plans.build(), Plans.BASIC_2012)).extracting(Finding::rule)
                .contains(Rule.PLAN_ELEMENT_OVER_RD, Rule.PLAN_MISSING_ELEMENT);
    }
}
