package org.sescert.generate;

import static org.sescert.importing.CycleLayout.ELEMENTS;
import static org.sescert.importing.CycleLayout.EXECUTIVES;
import static org.sescert.importing.CycleLayout.HISTORY;
import static org.sescert.importing.CycleLayout.ORG_ASSESSMENTS;
import static org.sescert.importing.CycleLayout.PAY;
import static org.sescert.importing.CycleLayout.PRB_MEMBERS;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.sescert.policy.Policy;
import org.sescert.policy.PolicyCatalog;
import org.sescert.rating.ElementRating;
import org.sescert.rating.SummaryRatingDerivation;

/**
 * Synthetic SES cycles that look like real ones: executives spread over components of
 * different sizes, several rating officials each, a few PRBs, most final ratings at Levels 5
 * and 4, ratings that mostly follow the component's organizational assessment, raises and
 * awards that grow with the rating, and some earlier-cycle history. Seeded: the same seed
 * gives the same cycle.
 */
public final class CycleGenerator {

    /** FY2026 elements (OPM, 2025) with a typical weighting; the lead element is first. */
    private static final String[] ELEMENT_CODES = {
            "FAITHFUL_ADMINISTRATION", "GOVERNMENT_EFFICIENCY", "MERIT_AND_COMPETENCE",
            "HOLDING_OTHERS_ACCOUNTABLE", "ACHIEVING_ORGANIZATIONAL_GOALS"};
    private static final int[][] WEIGHTINGS = {{30, 15, 15, 15, 25}, {25, 15, 15, 15, 30}, {35, 10, 15, 10, 30}, {25, 20, 15, 15, 25}};

    private static final String[] COMPONENTS = {
            "Office of the Secretary", "Bureau of Field Operations", "Office of Science and Technology",
            "Bureau of Management", "Office of Inspections", "Bureau of Policy and Planning",
            "Office of Information Technology", "Regional Programs Directorate"};
    private static final double[] COMPONENT_SHARE = {0.08, 0.22, 0.12, 0.14, 0.07, 0.10, 0.12, 0.15};
    /** Organizational assessment scores; Office of Inspections is the bottom-tier unit. */
    private static final int[] ASSESSMENT = {88, 81, 76, 69, 42, 73, 58, 84};
    /**
     * How far each component's rating culture leans to the top. Mostly it follows the
     * assessment; Office of Inspections rates high in spite of its bottom-tier assessment.
     */
    private static final double[] RATING_LIFT = {0.09, 0.055, 0.03, -0.005, 0.12, 0.015, -0.06, 0.07};

    private static final String[] FIRST = {"Alex", "Jordan", "Morgan", "Taylor", "Casey", "Riley", "Avery", "Quinn", "Dana", "Jamie",
            "Robin", "Terry", "Kelly", "Drew", "Hayden", "Parker", "Reese", "Rowan", "Sasha", "Emery"};
    private static final String[] LAST = {"Adams", "Baker", "Chen", "Diaz", "Evans", "Foster", "Garcia", "Hughes", "Ibrahim", "Jones",
            "Kim", "Lopez", "Murphy", "Nguyen", "Okafor", "Patel", "Quinn", "Rivera", "Smith", "Turner", "Usman", "Vega", "Walker",
            "Xu", "Young", "Zimmer"};

    static final LocalDate PERIOD_START = LocalDate.of(2025, 10, 1);
    static final LocalDate PERIOD_END = LocalDate.of(2026, 9, 30);
    private static final BigDecimal PAY_MIN = new BigDecimal("151661");
    private static final BigDecimal PAY_MAX = new BigDecimal("228000");

    /** The policy the generated cycle names: its derivation gives each executive's summary level. */
    private static final String POLICY = "opm-fy2026";

    private final Random random;
    private final Policy policy = new PolicyCatalog().load(POLICY).policy();

    public CycleGenerator(long seed) {
        this.random = new Random(seed);
    }

    public SyntheticCycle generate(int executives) {
        SyntheticCycle cycle = new SyntheticCycle();
        Map<String, String> c = cycle.cycleValues();
        c.put("agency_code", "SA00");
        c.put("agency_name", "Sample Agency");
        c.put("cycle_id", "FY2026");
        c.put("period_start", PERIOD_START.toString());
        c.put("period_end", PERIOD_END.toString());
        c.put("policy", POLICY);
        c.put("administration_start", "2025-01-20");

        int[] componentOf = assignComponents(executives);
        String[][] officials = ratingOfficials(executives);
        // Career executives by the PRB that reviews them; a board's members come from the others' components.
        List<List<String>> careerByPrb = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < executives; i++) {
            String id = "SA-%04d".formatted(i + 1);
            int component = componentOf[i];
            String appointment = appointmentType();
            if (appointment.equals("CAREER")) {
                careerByPrb.get(prbOf(component) - 1).add(id);
            }
            executive(cycle, id, component, appointment, officials[component]);
        }
        for (int k = 0; k < COMPONENTS.length; k++) {
            cycle.add(ORG_ASSESSMENTS, Map.of(
                    "component", COMPONENTS[k],
                    "score", Integer.toString(ASSESSMENT[k]),
                    "level", Integer.toString(ASSESSMENT[k] >= 85 ? 5 : ASSESSMENT[k] >= 75 ? 4 : ASSESSMENT[k] >= 60 ? 3 : 2),
                    "source", "FY2026 Annual Performance Report, p. " + (12 + 3 * k)));
        }
        prbMembers(cycle, careerByPrb);
        history(cycle, executives);
        return cycle;
    }

    private int[] assignComponents(int executives) {
        int[] componentOf = new int[executives];
        for (int i = 0; i < executives; i++) {
            double u = random.nextDouble();
            int k = 0;
            for (double acc = COMPONENT_SHARE[0]; u > acc && k < COMPONENTS.length - 1; acc += COMPONENT_SHARE[++k]) {
                // walk the cumulative shares
            }
            componentOf[i] = k;
        }
        return componentOf;
    }

    private static String[][] ratingOfficials(int executives) {
        String[][] officials = new String[COMPONENTS.length][];
        for (int k = 0; k < COMPONENTS.length; k++) {
            int n = Math.max(2, (int) Math.round(executives * COMPONENT_SHARE[k] / 9.0));
            officials[k] = new String[n];
            for (int j = 0; j < n; j++) {
                officials[k][j] = "RO-%d%02d".formatted(k + 1, j + 1);
            }
        }
        return officials;
    }

    private String appointmentType() {
        double u = random.nextDouble();
        return u < 0.88 ? "CAREER" : u < 0.97 ? "NONCAREER" : u < 0.99 ? "LIMITED_TERM" : "LIMITED_EMERGENCY";
    }

    /** A target level: most at 5 and 4, shifted a little by the component's assessment. */
    private int targetLevel(int component) {
        double lift = RATING_LIFT[component];
        double u = random.nextDouble();
        if (u < 0.005) {
            return 1;
        }
        if (u < 0.02) {
            return 2;
        }
        if (u < 0.15 - lift / 2) {
            return 3;
        }
        return u < 0.57 - lift ? 4 : 5;
    }

    private void executive(SyntheticCycle cycle, String id, int component, String appointment, String[] officials) {
        int target = targetLevel(component);
        int[] weights = WEIGHTINGS[random.nextInt(WEIGHTINGS.length)];
        int[] levels = elementLevels(target, weights);
        int derived = derive(levels, weights);

        LocalDate start = random.nextDouble() < 0.9 ? PERIOD_START : PERIOD_START.plusDays(30 + random.nextInt(150));
        LocalDate shared = LocalDate.of(2026, 10, 14).plusDays(random.nextInt(14));
        LocalDate prbReview = LocalDate.of(2026, 11, 3).plusDays(random.nextInt(6));
        int prbLevel = derived;
        if (derived == 5 && random.nextDouble() < 0.06) {
            prbLevel = 4; // the PRB recommends a lower rating now and then
        }
        boolean hlr = random.nextDouble() < 0.03;
        Map<String, String> row = new HashMap<>();
        row.put("executive_id", id);
        row.put("name", FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)]);
        row.put("appointment_type", appointment);
        row.put("component", COMPONENTS[component]);
        row.put("rating_official_id", officials[random.nextInt(officials.length)]);
        row.put("appraisal_start", start.toString());
        row.put("appraisal_end", PERIOD_END.toString());
        row.put("plan_communicated", start.minusDays(random.nextInt(10)).toString());
        row.put("progress_review", random.nextDouble() < 0.97 ? LocalDate.of(2026, 3, 16).plusDays(random.nextInt(45)).toString() : null);
        row.put("initial_level", Integer.toString(derived));
        row.put("initial_shared", shared.toString());
        row.put("hlr_requested", hlr ? "Y" : "N");
        row.put("hlr_level", hlr ? Integer.toString(derived) : null);
        row.put("prb_id", "PRB-" + prbOf(component));
        row.put("prb_review", prbReview.toString());
        row.put("prb_level", Integer.toString(prbLevel));
        row.put("final_level", Integer.toString(prbLevel));
        row.put("final_rating_date", prbReview.plusDays(7 + random.nextInt(5)).toString());
        cycle.add(EXECUTIVES, row);

        for (int e = 0; e < ELEMENT_CODES.length; e++) {
            cycle.add(ELEMENTS, Map.of("executive_id", id, "element", ELEMENT_CODES[e],
                    "weight", Integer.toString(weights[e]), "level", Integer.toString(levels[e])));
        }
        pay(cycle, id, appointment, prbLevel);
    }

    private int[] elementLevels(int target, int[] weights) {
        for (int attempt = 0; attempt < 50; attempt++) {
            int[] levels = new int[weights.length];
            for (int e = 0; e < levels.length; e++) {
                int level = target + (random.nextDouble() < 0.3 ? (random.nextBoolean() ? 1 : -1) : 0);
                levels[e] = Math.max(target == 1 ? 1 : 2, Math.min(5, level));
            }
            if (target == 1) {
                levels[random.nextInt(levels.length)] = 1;
            }
            if (derive(levels, weights) == target) {
                return levels;
            }
        }
        int[] flat = new int[weights.length];
        java.util.Arrays.fill(flat, target);
        return flat;
    }

    /** The summary level the policy derives from these element levels and weights, as the check will derive it. */
    private int derive(int[] levels, int[] weights) {
        List<ElementRating> elements = new ArrayList<>(levels.length);
        for (int e = 0; e < levels.length; e++) {
            elements.add(new ElementRating(ELEMENT_CODES[e], weights[e], levels[e]));
        }
        return SummaryRatingDerivation.derive(elements, policy).level();
    }

    private void pay(SyntheticCycle cycle, String id, String appointment, int level) {
        BigDecimal before = PAY_MIN.add(new BigDecimal(random.nextInt(PAY_MAX.subtract(PAY_MIN).intValue() - 4000)))
                .setScale(0, RoundingMode.HALF_EVEN);
        double raise = switch (level) {
            case 5 -> 0.035 + random.nextDouble() * 0.03;
            case 4 -> 0.02 + random.nextDouble() * 0.025;
            case 3 -> random.nextDouble() * 0.02;
            default -> 0;
        };
        BigDecimal after = before.multiply(BigDecimal.valueOf(1 + raise)).setScale(0, RoundingMode.HALF_EVEN).min(PAY_MAX);
        double award = 0;
        if (appointment.equals("CAREER") && level >= 3) {
            award = switch (level) {
                case 5 -> 0.10 + random.nextDouble() * 0.08;
                case 4 -> 0.06 + random.nextDouble() * 0.05;
                default -> random.nextDouble() < 0.3 ? 0.05 : 0;
            };
        }
        Map<String, String> row = new HashMap<>();
        row.put("executive_id", id);
        row.put("basic_pay_before", before.toPlainString());
        row.put("basic_pay_after", after.toPlainString());
        row.put("performance_award", before.multiply(BigDecimal.valueOf(award)).setScale(0, RoundingMode.HALF_EVEN).toPlainString());
        if (level == 5 && appointment.equals("CAREER") && random.nextDouble() < 0.04) {
            row.put("rank_award", random.nextDouble() < 0.25 ? "DISTINGUISHED" : "MERITORIOUS");
        }
        cycle.add(PAY, row);
    }

    private static int prbOf(int component) {
        return component < 3 ? 1 : component < 6 ? 2 : 3;
    }

    private void prbMembers(SyntheticCycle cycle, List<List<String>> careerByPrb) {
        for (int prb = 1; prb <= 3; prb++) {
            List<String> others = new ArrayList<>();
            for (int p = 1; p <= 3; p++) {
                if (p != prb) {
                    others.addAll(careerByPrb.get(p - 1));
                }
            }
            for (int m = 0; m < 5; m++) {
                boolean career = m < 4;
                String member = career ? others.get((prb * 37 + m * 11) % others.size()) : "NC-" + prb;
                cycle.add(PRB_MEMBERS, Map.of(
                        "prb_id", "PRB-" + prb,
                        "member_id", member,
                        "appointment_type", career ? "CAREER" : "NONCAREER",
                        "fr_published", "2025-09-1" + prb,
                        "service_start", "2025-10-01"));
            }
        }
    }

    private void history(SyntheticCycle cycle, int executives) {
        for (int i = 0; i < executives; i += 5) {
            String id = "SA-%04d".formatted(i + 1);
            for (int fy = 2024; fy <= 2025; fy++) {
                int level = random.nextDouble() < 0.55 ? 5 : random.nextDouble() < 0.85 ? 4 : 3;
                cycle.add(HISTORY, Map.of("executive_id", id, "cycle_id", "FY" + fy,
                        "final_level", Integer.toString(level), "final_rating_date", fy + "-11-2" + (i % 8)));
            }
        }
    }
}
