package org.sescert.rating;

import org.sescert.findings.Finding;
import org.sescert.findings.Rule;
import org.sescert.policy.Policy;
import org.sescert.policy.PolicyCatalog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builders of executives for rule tests: {@link #clean()} draws no finding under opm-fy2026; each test changes one thing. */
final class Plans {

    static final Policy BASIC_2012 = new PolicyCatalog().load("opm-basic-2012").policy();
    static final Policy FY2026 = new PolicyCatalog().load("opm-fy2026").policy();
    static final CycleContext FY2026_CYCLE = new CycleContext("FY2026", LocalDate.of(2025, 1, 20));

    String executiveId = "E-1";
    String appointmentType = "CAREER";
    LocalDate appraisalStart = LocalDate.of(2025, 10, 1);
    LocalDate appraisalEnd = LocalDate.of(2026, 9, 30);
    LocalDate planCommunicated = LocalDate.of(2025, 9, 25);
    LocalDate progressReview = LocalDate.of(2026, 4, 1);
    Integer initialLevel = 4;
    LocalDate initialShared = LocalDate.of(2026, 10, 15);
    Boolean hlrRequested = false;
    Integer hlrLevel;
    String prbId = "PRB-1";
    LocalDate prbReview = LocalDate.of(2026, 11, 4);
    Integer prbLevel = 4;
    Integer finalLevel = 4;
    LocalDate finalRatingDate = LocalDate.of(2026, 11, 12);
    List<ElementRating> elements = new ArrayList<>(List.of(
            new ElementRating("FAITHFUL_ADMINISTRATION", 30, 4),
            new ElementRating("GOVERNMENT_EFFICIENCY", 15, 4),
            new ElementRating("MERIT_AND_COMPETENCE", 15, 4),
            new ElementRating("HOLDING_OTHERS_ACCOUNTABLE", 15, 4),
            new ElementRating("ACHIEVING_ORGANIZATIONAL_GOALS", 25, 4)));
    List<ExecutiveCase.PastRating> history = new ArrayList<>();

    static Plans clean() {
        return new Plans();
    }

    /** The model system's worked example (section 9), in opm-basic-2012's elements. */
    static List<ElementRating> workedExample() {
        return List.of(
                new ElementRating("LEADING_CHANGE", 15, 4),
                new ElementRating("LEADING_PEOPLE", 15, 5),
                new ElementRating("BUSINESS_ACUMEN", 15, 3),
                new ElementRating("BUILDING_COALITIONS", 15, 4),
                new ElementRating("RESULTS_DRIVEN", 40, 4));
    }

    Plans element(String code, int weight, int level) {
        elements.removeIf(e -> e.element().equals(code));
        elements.add(new ElementRating(code, weight, level));
        return this;
    }

    Plans rated(int level) {
        initialLevel = level;
        prbLevel = level;
        finalLevel = level;
        return this;
    }

    ExecutiveCase build() {
        return new ExecutiveCase(executiveId, appointmentType, appraisalStart, appraisalEnd, planCommunicated, progressReview,
                initialLevel, initialShared, hlrRequested, hlrLevel, prbId, prbReview, prbLevel, finalLevel, finalRatingDate,
                elements, history);
    }

    List<Rule> rules() {
        return rules(FY2026);
    }

    List<Rule> rules(Policy policy) {
        return ExecutiveRules.check(build(), FY2026_CYCLE, policy).stream().map(Finding::rule).toList();
    }
}
