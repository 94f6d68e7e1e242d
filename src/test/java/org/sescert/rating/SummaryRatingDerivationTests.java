package org.sescert.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SummaryRatingDerivationTests {

    @Test
    void theModelSystemsWorkedExampleIsFourHundredPointsAndLevelFour() {
        DerivedRating derived = SummaryRatingDerivation.derive(Plans.workedExample(), Plans.BASIC_2012);
        assertThat(derived.score()).isEqualTo(400);
        assertThat(derived.level()).isEqualTo(4);
        assertThat(derived.arithmetic()).isEqualTo("4x15+5x15+3x15+4x15+4x40=400 -> L4");
    }

    @Test
    void theBandEdgesHold() {
        // All L5 but 25 points of weight at L4: 475 is Level 5; one point less is Level 4.
        assertThat(derive(5, 75, 4, 25).score()).isEqualTo(475);
        assertThat(derive(5, 75, 4, 25).level()).isEqualTo(5);
        assertThat(derive(5, 74, 4, 26).score()).isEqualTo(474);
        assertThat(derive(5, 74, 4, 26).level()).isEqualTo(4);
        assertThat(derive(4, 100, 3, 0).level()).isEqualTo(4);
        assertThat(derive(4, 99, 3, 1).level()).isEqualTo(3);
        assertThat(derive(3, 100, 2, 0).level()).isEqualTo(3);
        assertThat(derive(3, 99, 2, 1).level()).isEqualTo(2);
    }

    @Test
    void anElementAtLevelOneGivesLevelOneWhateverTheScore() {
        List<ElementRating> plan = new ArrayList<>(Plans.workedExample());
        plan.set(0, new ElementRating("LEADING_CHANGE", 5, 1));
        plan.set(4, new ElementRating("RESULTS_DRIVEN", 50, 5));
        DerivedRating derived = SummaryRatingDerivation.derive(plan, Plans.BASIC_2012);
        assertThat(derived.score()).isGreaterThanOrEqualTo(400);
        assertThat(derived.level()).isEqualTo(1);
        assertThat(derived.arithmetic()).contains("0x5").endsWith("; an element at L1 -> L1");
    }

    @Test
    void elementsAreMatchedByNameAsWellAsCode() {
        List<ElementRating> byName = List.of(
                new ElementRating("Leading Change", 15, 4), new ElementRating("leading people", 15, 5),
                new ElementRating("Business Acumen", 15, 3), new ElementRating("Building Coalitions", 15, 4),
                new ElementRating("Results-Driven", 40, 4));
        assertThat(SummaryRatingDerivation.derive(byName, Plans.BASIC_2012).arithmetic()).isEqualTo("4x15+5x15+3x15+4x15+4x40=400 -> L4");
    }

    /** Two elements: the first at {@code high} with weight {@code w1}, the second at {@code low} with {@code w2}. */
    private static DerivedRating derive(int high, int w1, int low, int w2) {
        return SummaryRatingDerivation.derive(List.of(
                new ElementRating("RESULTS_DRIVEN", w1, high), new ElementRating("LEADING_CHANGE", w2, low)), Plans.BASIC_2012);
    }
}
