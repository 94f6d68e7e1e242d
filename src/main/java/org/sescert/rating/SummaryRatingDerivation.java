package org.sescert.rating;

import org.sescert.policy.Policy;
import java.util.Comparator;
import java.util.List;

/**
 * The model system's derivation (section 9): each element's points times its weight, summed,
 * then the policy's score bands; any element at the unsatisfactory level makes the summary
 * that level whatever the score.
 */
public final class SummaryRatingDerivation {

    private SummaryRatingDerivation() {
    }

    public static DerivedRating derive(List<ElementRating> elements, Policy policy) {
        Policy.Derivation rules = policy.derivation();
        List<ElementRating> ordered = elements.stream().sorted(inPolicyOrder(policy)).toList();
        int score = 0;
        StringBuilder sum = new StringBuilder();
        boolean unsatisfactory = false;
        for (ElementRating e : ordered) {
            int points = rules.points().getOrDefault(e.level(), 0);
            score += points * e.weight();
            sum.append(sum.length() == 0 ? "" : "+").append(points).append('x').append(e.weight());
            unsatisfactory |= e.level() == rules.unsatisfactoryElementLevel();
        }
        int level;
        String arithmetic = sum + "=" + score;
        if (unsatisfactory) {
            level = rules.unsatisfactoryElementLevel();
            arithmetic += "; an element at L" + level;
        } else {
            int s = score;
            level = rules.bands().stream().filter(b -> s >= b.minScore()).findFirst()
                    .map(Policy.Band::level).orElse(rules.unsatisfactoryElementLevel());
        }
        return new DerivedRating(score, level, arithmetic + " -> L" + level);
    }

    /** Whether the plan has each of the policy's elements once, and weights adding up to the policy's total. */
    public static boolean isDerivable(List<ElementRating> elements, Policy policy) {
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (ElementRating e : elements) {
            if (policy.element(e.element()).isEmpty() || !codes.add(policy.element(e.element()).get().code())) {
                return false;
            }
        }
        return codes.size() == policy.elements().size()
                && elements.stream().mapToInt(ElementRating::weight).sum() == policy.weights().total();
    }

    /** The policy's element order, then elements it does not know by name: the same plan always reads the same. */
    static Comparator<ElementRating> inPolicyOrder(Policy policy) {
        return Comparator.<ElementRating>comparingInt(e -> policy.element(e.element()).map(policy.elements()::indexOf).orElse(Integer.MAX_VALUE))
                .thenComparing(ElementRating::element)
                .thenComparingInt(ElementRating::weight)
                .thenComparingInt(ElementRating::level);
    }
}
