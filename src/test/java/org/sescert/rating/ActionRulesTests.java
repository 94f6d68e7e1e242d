package org.sescert.rating;

import org.sescert.findings.Finding;
import org.sescert.findings.Rule;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ActionRulesTests {

    private static Plans ratedLevel(int level) {
        Plans plans = Plans.clean();
        plans.elements.replaceAll(e -> new ElementRating(e.element(), e.weight(), level == 1 && e.element().equals("MERIT_AND_COMPETENCE") ? 1 : Math.max(level, 2)));
        return plans.rated(level);
    }

    @Test
    void anUnsatisfactoryFinalRequiresAction() {
        assertThat(ratedLevel(1).rules()).containsExactly(Rule.ACTION_UNSATISFACTORY);
        assertThat(ratedLevel(2).rules()).isEmpty();
    }

    @Test
    void twoUnsatisfactoryFinalsWithinFiveYearsRequireRemoval() {
        Plans plans = ratedLevel(1);
        plans.history.add(new ExecutiveCase.PastRating("FY2022", 1, LocalDate.of(2022, 11, 20)));
        assertThat(plans.rules()).contains(Rule.ACTION_REMOVE_TWO_UNSAT_5Y);
        List<Finding> findings = ExecutiveRules.check(plans.build(), Plans.FY2026_CYCLE, Plans.FY2026);
        assertThat(findings).filteredOn(f -> f.rule() == Rule.ACTION_REMOVE_TWO_UNSAT_5Y).singleElement()
                .satisfies(f -> assertThat(f.evidence()).startsWith("L1 FY2022 (2022-11-20) and L1 FY2026 (2026-11-12)"));

        Plans older = ratedLevel(1);
        older.history.add(new ExecutiveCase.PastRating("FY2021", 1, LocalDate.of(2021, 11, 11)));
        assertThat(older.rules()).doesNotContain(Rule.ACTION_REMOVE_TWO_UNSAT_5Y);
    }

    @Test
    void twoFinalsBelowFullySuccessfulWithinThreeYearsRequireRemoval() {
        Plans plans = ratedLevel(2);
        plans.history.add(new ExecutiveCase.PastRating("FY2024", 2, LocalDate.of(2024, 11, 20)));
        assertThat(plans.rules()).containsExactly(Rule.ACTION_REMOVE_TWO_BELOW_FS_3Y);
    }

    @Test
    void twoFinalsBelowFullySuccessfulMoreThanThreeYearsApartDoNotFire() {
        Plans plans = ratedLevel(2);
        plans.history.add(new ExecutiveCase.PastRating("FY2023", 2, LocalDate.of(2023, 11, 11)));
        assertThat(plans.rules()).doesNotContain(Rule.ACTION_REMOVE_TWO_BELOW_FS_3Y);
    }

    @Test
    void aPairOfEarlierRatingsWithoutThisCyclesIsNotThisCyclesFinding() {
        Plans plans = Plans.clean();
        plans.history.add(new ExecutiveCase.PastRating("FY2024", 2, LocalDate.of(2023, 11, 20)));
        plans.history.add(new ExecutiveCase.PastRating("FY2025", 2, LocalDate.of(2024, 11, 20)));
        assertThat(plans.rules()).isEmpty();
    }

    @Test
    void theWindowIncludesItsAnniversaryDay() {
        Plans onAnniversary = ratedLevel(2);
        onAnniversary.history.add(new ExecutiveCase.PastRating("FY2023", 2, LocalDate.of(2023, 11, 12)));
        assertThat(onAnniversary.rules()).containsExactly(Rule.ACTION_REMOVE_TWO_BELOW_FS_3Y);
        Plans dayAfter = ratedLevel(2);
        dayAfter.history.add(new ExecutiveCase.PastRating("FY2023", 2, LocalDate.of(2023, 11, 11)));
        assertThat(dayAfter.rules()).isEmpty();
    }
}
