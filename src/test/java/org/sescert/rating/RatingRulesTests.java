package org.sescert.rating;

import org.sescert.findings.Finding;
import org.sescert.findings.Rule;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RatingRulesTests {

    @Test
    void anInitialLevelTheElementsDoNotDeriveFiresWithTheArithmetic() {
        Plans plans = Plans.clean();
        plans.elements.clear();
        plans.elements.addAll(Plans.workedExample());
        plans.initialLevel = 5;
        plans.prbLevel = 5;
        plans.finalLevel = 5;
        List<Finding> findings = RatingRules.check(plans.build(), Plans.BASIC_2012);
        assertThat(findings).extracting(Finding::rule).containsExactly(Rule.RATING_INITIAL_MISMATCH);
        assertThat(findings.get(0).evidence()).isEqualTo("4x15+5x15+3x15+4x15+4x40=400 -> L4; recorded L5");
        plans.rated(4);
        assertThat(RatingRules.check(plans.build(), Plans.BASIC_2012)).isEmpty();
    }

    @Test
    void aFinalLevelWithoutARecommendationOfItFiresAndOneThePrbRecommendedDoesNot() {
        Plans unexplained = Plans.clean();
        unexplained.finalLevel = 3;
        assertThat(unexplained.rules()).containsExactly(Rule.RATING_FINAL_UNEXPLAINED);

        Plans byPrb = Plans.clean();
        byPrb.prbLevel = 3;
        byPrb.finalLevel = 3;
        assertThat(byPrb.rules()).isEmpty();

        Plans byHlr = Plans.clean();
        byHlr.hlrRequested = true;
        byHlr.hlrLevel = 3;
        byHlr.finalLevel = 3;
        assertThat(byHlr.rules()).isEmpty();
    }

    @Test
    void noFinalRatingAfterAFullPeriodIsMissingButAfterAShortOneIsNot() {
        Plans missing = Plans.clean();
        missing.finalLevel = null;
        assertThat(missing.rules()).containsExactly(Rule.RATING_MISSING);

        Plans shortPeriod = Plans.clean();
        shortPeriod.finalLevel = null;
        shortPeriod.appraisalStart = shortPeriod.appraisalEnd.minusDays(88); // 89 days
        assertThat(shortPeriod.rules()).isEmpty();
    }

    @Test
    void aDefectivePlanIsNotComparedWithTheRecordedRating() {
        Plans incomplete = Plans.clean();
        incomplete.elements.remove(0);
        incomplete.rated(5);
        assertThat(incomplete.rules()).contains(Rule.PLAN_MISSING_ELEMENT, Rule.PLAN_WEIGHT_TOTAL)
                .doesNotContain(Rule.RATING_INITIAL_MISMATCH, Rule.RATING_FINAL_UNEXPLAINED);
    }
}
