package org.sescert.rating;

import org.sescert.findings.Finding;
import org.sescert.findings.Rule;
import org.sescert.policy.Policy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The plan rules: the elements the policy requires and their weights (model system, section 5). */
public final class PlanRules {

    private PlanRules() {
    }

    public static List<Finding> check(ExecutiveCase e, Policy policy) {
        List<Finding> findings = new ArrayList<>();
        String id = e.executiveId();
        Map<String, Integer> known = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (ElementRating element : e.elements()) {
            policy.element(element.element()).ifPresentOrElse(
                    p -> known.merge(p.code(), element.weight(), Integer::sum),
                    () -> unknown.add(element.element()));
        }
        List<String> missing = policy.elements().stream().map(Policy.Element::code).filter(c -> !known.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            findings.add(policy.finding(Rule.PLAN_MISSING_ELEMENT, id,
                    "The plan lacks " + missing.size() + " of the " + policy.elements().size() + " critical elements " + policy.id()
                            + " requires; add them with their weights and ratings.",
                    "missing " + String.join(", ", missing)
                            + (unknown.isEmpty() ? "" : "; plan names " + String.join(", ", unknown) + " (not in " + policy.id() + ")")));
        }
        if (e.elements().isEmpty()) {
            return findings;
        }
        int total = e.elements().stream().mapToInt(ElementRating::weight).sum();
        if (total != policy.weights().total()) {
            findings.add(policy.finding(Rule.PLAN_WEIGHT_TOTAL, id,
                    "The element weights add up to " + total + ", not " + policy.weights().total() + "; correct the weights.",
                    e.elements().stream().sorted(SummaryRatingDerivation.inPolicyOrder(policy))
                            .map(el -> Integer.toString(el.weight())).collect(Collectors.joining("+"))
                            + "=" + total + "; required " + policy.weights().total()));
        }
        String lead = policy.element(policy.leadElement()).orElseThrow().code();
        Integer leadWeight = known.get(lead);
        if (leadWeight != null && leadWeight < policy.weights().leadMinimum()) {
            findings.add(policy.finding(Rule.PLAN_RD_MIN_WEIGHT, id,
                    lead + " is weighted " + leadWeight + "; " + policy.id() + " requires at least " + policy.weights().leadMinimum() + ".",
                    lead + " " + leadWeight + " < " + policy.weights().leadMinimum()));
        }
        List<String> light = known.entrySet().stream()
                .filter(w -> !w.getKey().equals(lead) && w.getValue() < policy.weights().otherMinimum())
                .map(w -> w.getKey() + " " + w.getValue()).toList();
        if (!light.isEmpty()) {
            findings.add(policy.finding(Rule.PLAN_ELEMENT_MIN_WEIGHT, id,
                    light.size() + " element(s) weighted under the minimum of " + policy.weights().otherMinimum() + "; raise their weights.",
                    String.join(", ", light) + " < " + policy.weights().otherMinimum()));
        }
        if (policy.weights().leadMustBeHeaviest() && leadWeight != null) {
            // "No single performance element": elements the pack does not know count too.
            List<String> heavier = e.elements().stream()
                    .filter(el -> !policy.element(el.element()).map(p -> p.code().equals(lead)).orElse(false) && el.weight() > leadWeight)
                    .map(el -> el.element() + " " + el.weight()).toList();
            if (!heavier.isEmpty()) {
                findings.add(policy.finding(Rule.PLAN_ELEMENT_OVER_RD, id,
                        "An element outweighs " + lead + ", which " + policy.id() + " does not allow; rebalance the weights.",
                        String.join(", ", heavier) + " > " + lead + " " + leadWeight));
            }
        }
        if (e.planCommunicated() == null) {
            findings.add(policy.finding(Rule.PLAN_LATE, id,
                    "No date is recorded for communicating the performance plan; plans are due on or before the appraisal start.",
                    "no plan_communicated date; appraisal start " + e.appraisalStart()));
        } else if (e.planCommunicated().isAfter(e.appraisalStart())) {
            findings.add(policy.finding(Rule.PLAN_LATE, id,
                    "The performance plan was communicated after the appraisal period began; plans are due on or before its start.",
                    "plan communicated " + e.planCommunicated() + ", appraisal start " + e.appraisalStart() + " ("
                            + java.time.temporal.ChronoUnit.DAYS.between(e.appraisalStart(), e.planCommunicated()) + " days late)"));
        }
        return findings;
    }
}
