package org.sescert.rating;

import org.sescert.policy.Policy;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of the derivation over random valid plans, under both shipped policies. */
class SummaryRatingDerivationProperties {

    private static final List<Policy> POLICIES = List.of(Plans.BASIC_2012, Plans.FY2026);

    @Provide
    Arbitrary<List<ElementRating>> validPlans() {
        // Five weights of at least 5 that add up to 100, with levels 1-5.
        Arbitrary<List<Integer>> cuts = Arbitraries.integers().between(0, 75).list().ofSize(4);
        Arbitrary<List<Integer>> levels = Arbitraries.integers().between(1, 5).list().ofSize(5);
        Arbitrary<Integer> policy = Arbitraries.integers().between(0, 1);
        return Combinators.combine(cuts, levels, policy).as((c, l, p) -> {
            List<Integer> sorted = new ArrayList<>(c);
            Collections.sort(sorted);
            int[] weights = new int[5];
            int previous = 0;
            for (int i = 0; i < 4; i++) {
                weights[i] = 5 + sorted.get(i) - previous;
                previous = sorted.get(i);
            }
            weights[4] = 5 + 75 - previous;
            List<Policy.Element> elements = POLICIES.get(p).elements();
            List<ElementRating> plan = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                plan.add(new ElementRating(elements.get(i).code(), weights[i], l.get(i)));
            }
            return plan;
        });
    }

    private static Policy policyOf(List<ElementRating> plan) {
        return POLICIES.stream().filter(p -> p.element(plan.get(0).element()).isPresent()).findFirst().orElseThrow();
    }

    @Property
    void theDerivedLevelNeverFallsWhenAnElementLevelRises(@ForAll("validPlans") List<ElementRating> plan,
                                                         @ForAll @IntRange(min = 0, max = 4) int which) {
        ElementRating element = plan.get(which);
        if (element.level() == 5) {
            return;
        }
        List<ElementRating> raised = new ArrayList<>(plan);
        raised.set(which, new ElementRating(element.element(), element.weight(), element.level() + 1));
        Policy policy = policyOf(plan);
        assertThat(SummaryRatingDerivation.derive(raised, policy).level())
                .isGreaterThanOrEqualTo(SummaryRatingDerivation.derive(plan, policy).level());
    }

    @Property
    void elementOrderDoesNotMatter(@ForAll("validPlans") List<ElementRating> plan, @ForAll long seed) {
        List<ElementRating> shuffled = new ArrayList<>(plan);
        Collections.shuffle(shuffled, new Random(seed));
        Policy policy = policyOf(plan);
        assertThat(SummaryRatingDerivation.derive(shuffled, policy)).isEqualTo(SummaryRatingDerivation.derive(plan, policy));
    }

    @Property
    void scoresStayWithinZeroToFiveHundred(@ForAll("validPlans") List<ElementRating> plan) {
        assertThat(plan.stream().mapToInt(ElementRating::weight).sum()).isEqualTo(100);
        assertThat(SummaryRatingDerivation.derive(plan, policyOf(plan)).score()).isBetween(0, 500);
    }
}
