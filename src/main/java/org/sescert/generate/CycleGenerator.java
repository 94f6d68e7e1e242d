package org.sescert.generate;

import static org.sescert.importing.CycleLayout.ELEMENTS;
import static org.sescert.importing.CycleLayout.EXECUTIVES;
import static org.sescert.importing.CycleLayout.HISTORY;
import static org.sescert.importing.CycleLayout.ORG_ASSESSMENTS;
import static org.sescert.importing.CycleLayout.PAY;
import static org.sescert.importing.CycleLayout.PRB_MEMBERS;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.sescert.importing.ColumnLayout;
import org.sescert.importing.SheetLayout;
import org.sescert.policy.Policy;
import org.sescert.policy.PolicyCatalog;
import org.sescert.rating.ElementRating;
import org.sescert.rating.SummaryRatingDerivation;

/**
 * Synthetic SES cycles that look like real ones: executives spread over components of
 * different sizes, several rating officials each, PRBs, most final ratings at Levels 5 and 4,
 * ratings that mostly follow the component's organizational assessment, raises and awards that
 * grow with the rating, and some earlier-cycle history. Seeded: the same seed gives the same
 * cycle.
 *
 * <p>Streaming: rows go to a {@link CycleSink} as they are made, so a million executives take no
 * more memory than a hundred, besides two int arrays of about 8 bytes per executive (each
 * executive's component, and the career executives each PRB's members are drawn from).
 */
public final class CycleGenerator {

    /** FY2026 elements (OPM, 2025) with a typical weighting; the lead element is first. */
    private static final String[] ELEMENT_CODES = {
            "FAITHFUL_ADMINISTRATION", "GOVERNMENT_EFFICIENCY", "MERIT_AND_COMPETENCE",
            "HOLDING_OTHERS_ACCOUNTABLE", "ACHIEVING_ORGANIZATIONAL_GOALS"};
    private static final int[][] WEIGHTINGS = {{30, 15, 15, 15, 25}, {25, 15, 15, 15, 30}, {35, 10, 15, 10, 30}, {25, 20, 15, 15, 25}};

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

    /** Patterns a generator can plant for testing the analytics at scale. */
    public enum Plant {
        /** Three extra components rated to one quota (L5/L4/L3 = 1:2:1) at both stages: DIST_QUOTA_PATTERN. */
        QUOTA,
        /** The second component pays Level 4 larger awards than Level 5: PAY_INVERSION, PAY_NOT_MONOTONIC. */
        INVERSION,
        /** The first component's PRB lowers a third of its Level 5s and 4s: DIST_PRB_CURVE. */
        CURVE,
        /** The third component rates nearly everyone Level 5: DIST_NO_DISTINCTION. */
        NODISTINCTION
    }

    private static final String[] QUOTA_OFFICES = {"Quota Office A", "Quota Office B", "Quota Office C"};

    private final Random random;
    private final CycleShape shape;
    private final Set<Plant> plants;
    private final String cycleId;
    private final int yearsBack;
    private final Policy policy = new PolicyCatalog().load(POLICY).policy();
    /** Derived levels by plan (a few thousand plans at most): the derivation is pure, and the same plans recur. */
    private final Map<Long, Integer> derived = new HashMap<>();

    /** The sample agency's shape, FY2026: the shape of the shipped sample and of the tests' cycles. */
    public CycleGenerator(long seed) {
        this(seed, CycleShape.sampleAgency(), Set.of(), 0);
    }

    /**
     * @param yearsBack 0 for FY2026; 1 for FY2025 and so on, every date a year earlier per year back
     */
    public CycleGenerator(long seed, CycleShape shape, Set<Plant> plants, int yearsBack) {
        this.random = new Random(seed);
        this.shape = shape;
        this.plants = plants.isEmpty() ? EnumSet.noneOf(Plant.class) : EnumSet.copyOf(plants);
        this.yearsBack = yearsBack;
        this.cycleId = "FY" + (2026 - yearsBack);
    }

    /** The whole cycle in memory, for callers that edit it (the sample's defects, tests); small cycles only. */
    public SyntheticCycle generate(int executives) {
        SyntheticCycle cycle = new SyntheticCycle();
        write(executives, cycle);
        return cycle;
    }

    /** Writes the cycle to the sink, row by row; the sink is not closed. */
    public void write(int executives, CycleSink sink) {
        try {
            generate(executives, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day).minusYears(yearsBack);
    }

    private void generate(int executives, CycleSink sink) throws IOException {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("agency_code", "SA00");
        c.put("agency_name", "Sample Agency");
        c.put("cycle_id", cycleId);
        c.put("period_start", PERIOD_START.minusYears(yearsBack).toString());
        c.put("period_end", PERIOD_END.minusYears(yearsBack).toString());
        c.put("policy", POLICY);
        c.put("administration_start", "2025-01-20");
        sink.cycle(c);

        int[] componentOf = assignComponents(executives);
        String[][] officials = shape.officials(executives);
        int quotaSize = plants.contains(Plant.QUOTA) ? Math.max(20, executives / 5000 / 20 * 20) : 0;
        int quotaStart = executives - QUOTA_OFFICES.length * quotaSize;
        // Career executives by the PRB that reviews them (indices); a board's members come from the others' components.
        IntList[] careerByPrb = new IntList[shape.prbs()];
        Arrays.setAll(careerByPrb, p -> new IntList());
        for (int i = 0; i < executives; i++) {
            int component = componentOf[i];
            String appointment = appointmentType();
            if (appointment.equals("CAREER")) {
                careerByPrb[shape.prbOf(component) - 1].add(i);
            }
            int quota = quotaSize > 0 && i >= quotaStart ? (i - quotaStart) / quotaSize : -1;
            executive(sink, i, component, appointment, officials[component], quota, quota < 0 ? 0 : (i - quotaStart) % quotaSize);
        }
        for (int k = 0; k < shape.size(); k++) {
            int score = shape.assessment[k];
            sink.row(ORG_ASSESSMENTS, values(ORG_ASSESSMENTS, Map.of(
                    "component", shape.components[k],
                    "score", Integer.toString(score),
                    "level", Integer.toString(score >= 85 ? 5 : score >= 75 ? 4 : score >= 60 ? 3 : 2),
                    "source", "FY" + (2026 - yearsBack) + " Annual Performance Report, p. " + (12 + 3 * k))));
        }
        for (int q = 0; quotaSize > 0 && q < QUOTA_OFFICES.length; q++) {
            sink.row(ORG_ASSESSMENTS, values(ORG_ASSESSMENTS, Map.of("component", QUOTA_OFFICES[q], "score", "75", "level", "4",
                    "source", "planted quota")));
        }
        prbMembers(sink, careerByPrb);
        history(sink, executives);
    }

    private int[] assignComponents(int executives) {
        int[] componentOf = new int[executives];
        for (int i = 0; i < executives; i++) {
            double u = random.nextDouble();
            int k = 0;
            for (double acc = shape.share[0]; u > acc && k < shape.size() - 1; acc += shape.share[++k]) {
                // walk the cumulative shares
            }
            componentOf[i] = k;
        }
        return componentOf;
    }

    private String appointmentType() {
        double u = random.nextDouble();
        return u < 0.88 ? "CAREER" : u < 0.97 ? "NONCAREER" : u < 0.99 ? "LIMITED_TERM" : "LIMITED_EMERGENCY";
    }

    /** A target level: most at 5 and 4, shifted a little by the component's rating culture. */
    private int targetLevel(int component) {
        double lift = shape.lift[component];
        double u = random.nextDouble();
        if (plants.contains(Plant.NODISTINCTION) && component == 2) {
            return u < 0.03 ? 4 : 5;
        }
        if (u < shape.c1) {
            return 1;
        }
        if (u < shape.c2) {
            return 2;
        }
        if (u < shape.c3 - lift / 2) {
            return 3;
        }
        return u < shape.c4 - lift ? 4 : 5;
    }

    /** @param quota the planted quota office (0-2) the executive is moved to, or -1 */
    private void executive(CycleSink sink, int index, int component, String appointment, String[] officials, int quota, int quotaPosition)
            throws IOException {
        String id = shape.executiveId(index);
        int target = targetLevel(component);
        if (quota >= 0) {
            target = new int[] {5, 4, 4, 3}[quotaPosition % 4];
        }
        int[] weights = WEIGHTINGS[random.nextInt(WEIGHTINGS.length)];
        int[] levels = elementLevels(target, weights);
        int derived = derive(levels, weights);

        LocalDate periodStart = PERIOD_START.minusYears(yearsBack);
        LocalDate start = random.nextDouble() < 0.9 ? periodStart : periodStart.plusDays(30 + random.nextInt(150));
        LocalDate shared = date(2026, 10, 14).plusDays(random.nextInt(14));
        LocalDate prbReview = date(2026, 11, 3).plusDays(random.nextInt(6));
        int prbLevel = derived;
        if (derived == 5 && random.nextDouble() < shape.prbLowers && quota < 0) {
            prbLevel = 4; // the PRB recommends a lower rating now and then
        }
        if (plants.contains(Plant.CURVE) && component == 0 && derived >= 4 && quota < 0 && random.nextDouble() < 1.0 / 3) {
            prbLevel = derived - 1; // a PRB that flattens its components' ratings
        }
        boolean hlr = random.nextDouble() < 0.03;
        Map<String, String> row = new HashMap<>();
        row.put("executive_id", id);
        row.put("name", FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)]);
        row.put("appointment_type", appointment);
        row.put("component", quota >= 0 ? QUOTA_OFFICES[quota] : shape.components[component]);
        int official = random.nextInt(officials.length);
        row.put("rating_official_id", officials[official]);
        row.put("pay_pool", quota >= 0 ? null : shape.payPool(component, official));
        row.put("appraisal_start", start.toString());
        row.put("appraisal_end", PERIOD_END.minusYears(yearsBack).toString());
        row.put("plan_communicated", start.minusDays(random.nextInt(10)).toString());
        row.put("progress_review", random.nextDouble() < 0.97 ? date(2026, 3, 16).plusDays(random.nextInt(45)).toString() : null);
        row.put("initial_level", Integer.toString(derived));
        row.put("initial_shared", shared.toString());
        row.put("hlr_requested", hlr ? "Y" : "N");
        row.put("hlr_level", hlr ? Integer.toString(derived) : null);
        row.put("prb_id", shape.prbId(shape.prbOf(component)));
        row.put("prb_review", prbReview.toString());
        row.put("prb_level", Integer.toString(prbLevel));
        row.put("final_level", Integer.toString(prbLevel));
        row.put("final_rating_date", prbReview.plusDays(7 + random.nextInt(5)).toString());
        sink.row(EXECUTIVES, values(EXECUTIVES, row));

        for (int e = 0; e < ELEMENT_CODES.length; e++) {
            sink.row(ELEMENTS, List.of(id, ELEMENT_CODES[e], Integer.toString(weights[e]), Integer.toString(levels[e])));
        }
        pay(sink, id, appointment, prbLevel, plants.contains(Plant.INVERSION) && component == 1 && quota < 0);
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
        Arrays.fill(flat, target);
        return flat;
    }

    /** The summary level the policy derives from these element levels and weights, as the check will derive it. */
    private int derive(int[] levels, int[] weights) {
        long key = 0;
        for (int e = 0; e < levels.length; e++) {
            key = (key << 10) | (levels[e] << 7) | weights[e];
        }
        return derived.computeIfAbsent(key, k -> deriveNow(levels, weights));
    }

    private int deriveNow(int[] levels, int[] weights) {
        List<ElementRating> elements = new ArrayList<>(levels.length);
        for (int e = 0; e < levels.length; e++) {
            elements.add(new ElementRating(ELEMENT_CODES[e], weights[e], levels[e]));
        }
        return SummaryRatingDerivation.derive(elements, policy).level();
    }

    private void pay(CycleSink sink, String id, String appointment, int level, boolean inverted) throws IOException {
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
            award = switch (inverted ? 9 - level : level) {
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
        sink.row(PAY, values(PAY, row));
    }

    private void prbMembers(CycleSink sink, IntList[] careerByPrb) throws IOException {
        int prbs = careerByPrb.length;
        for (int prb = 1; prb <= prbs; prb++) {
            // The members come from the other boards' career executives, taken in board order.
            long others = 0;
            for (int p = 1; p <= prbs; p++) {
                others += p != prb ? careerByPrb[p - 1].size() : 0;
            }
            for (int m = 0; m < 5; m++) {
                boolean career = m < 4 && others > 0;
                String member = career ? shape.executiveId(nth(careerByPrb, prb, (prb * 37L + m * 11L) % others)) : "NC-" + prb;
                sink.row(PRB_MEMBERS, values(PRB_MEMBERS, Map.of(
                        "prb_id", shape.prbId(prb),
                        "member_id", member,
                        "appointment_type", career ? "CAREER" : "NONCAREER",
                        "fr_published", shape.department ? date(2025, 9, 10).plusDays(prb % 9).toString()
                                : (2025 - yearsBack) + "-09-1" + prb,
                        "service_start", date(2025, 10, 1).toString())));
            }
        }
    }

    /** The n-th executive of the other boards' career executives, in board order. */
    private static int nth(IntList[] careerByPrb, int prb, long n) {
        for (int p = 1; p <= careerByPrb.length; p++) {
            if (p == prb) {
                continue;
            }
            if (n < careerByPrb[p - 1].size()) {
                return careerByPrb[p - 1].get((int) n);
            }
            n -= careerByPrb[p - 1].size();
        }
        throw new IllegalStateException("no career executive " + n);
    }

    private void history(CycleSink sink, int executives) throws IOException {
        for (int i = 0; i < executives; i += 5) {
            String id = shape.executiveId(i);
            for (int fy = 2024 - yearsBack; fy <= 2025 - yearsBack; fy++) {
                int level = random.nextDouble() < 0.55 ? 5 : random.nextDouble() < 0.85 ? 4 : 3;
                sink.row(HISTORY, List.of(id, "FY" + fy, Integer.toString(level), fy + "-11-2" + (i % 8)));
            }
        }
    }

    /** A row given as column name to value, in the sheet's column order; columns not named stay empty. */
    static List<String> values(SheetLayout sheet, Map<String, String> values) {
        List<String> row = new ArrayList<>(sheet.columns().size());
        int known = 0;
        for (ColumnLayout column : sheet.columns()) {
            row.add(values.get(column.name()));
            known += values.containsKey(column.name()) ? 1 : 0;
        }
        if (known < values.size()) {
            for (String name : values.keySet()) {
                if (sheet.column(name).isEmpty()) {
                    throw new IllegalArgumentException(sheet.name() + " has no column " + name);
                }
            }
        }
        return row;
    }

    /** A growable array of ints: the career executives of a PRB, 4 bytes each. */
    private static final class IntList {
        private int[] items = new int[16];
        private int size;

        void add(int value) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = value;
        }

        int get(int index) {
            return items[index];
        }

        int size() {
            return size;
        }
    }
}
