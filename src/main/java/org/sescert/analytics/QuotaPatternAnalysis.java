package org.sescert.analytics;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.inference.ChiSquareTest;
import org.sescert.findings.Finding;
import org.sescert.policy.Policy;
import org.sescert.findings.Rule;
import org.sescert.findings.Scope;

/**
 * The signature of a quota (spec section 7): units whose level distributions are more alike
 * than independent draws from one common distribution would make them. The chi-square
 * homogeneity statistic of the units-by-levels table is small when units are too alike, so the
 * test looks at its lower tail. Several unit kinds are tested at once, so each kind's
 * probability is multiplied by the number of kinds tested (Bonferroni) before it is compared
 * with the policy's threshold: the threshold holds for the cycle as a whole. Identical level
 * shares in three or more units are reported as well.
 */
public final class QuotaPatternAnalysis {

    /** Evidence lists at most this many units; the rest are counted. */
    private static final int UNITS_SHOWN = 12;

    private QuotaPatternAnalysis() {
    }

    /** The lower-tail test of one unit kind: its statistic, degrees of freedom and probability. */
    public record Homogeneity(String unitKind, int units, double statistic, int degreesOfFreedom, double lowerTail) {
    }

    public static List<Finding> check(List<LevelTable> tables, String agencyCode, Policy policy) {
        Policy.Analytics settings = policy.analytics();
        List<Finding> findings = new ArrayList<>();
        List<Homogeneity> tests = new ArrayList<>();
        Map<LevelTable, Map<String, long[]>> eligible = new LinkedHashMap<>();
        for (LevelTable table : tables) {
            Map<String, long[]> units = eligibleUnits(table, settings.minimumUnitSize());
            eligible.put(table, units);
            if (units.size() >= 3) {
                homogeneity(table.unitKind(), units).ifPresent(tests::add);
            }
        }
        int kinds = tests.size();
        for (Homogeneity test : tests) {
            double familyWise = Math.min(1.0, test.lowerTail() * kinds);
            if (familyWise < settings.quotaProbability()) {
                LevelTable table = tables.stream().filter(t -> t.unitKind().equals(test.unitKind())).findFirst().orElseThrow();
                findings.add(policy.finding(Rule.DIST_QUOTA_PATTERN, agencyCode,
                        test.units() + " " + plural(test.unitKind()) + " have " + table.stage().toLowerCase(Locale.ROOT)
                                + " rating distributions more alike than independent rating would make them: the signature of a quota.",
                        describe(eligible.get(table)) + "; chi-square=" + format(test.statistic()) + ", df=" + test.degreesOfFreedom()
                                + ", lower-tail p=" + format(test.lowerTail()) + (kinds > 1 ? " (x" + kinds + " unit kinds = " + format(familyWise) + ")" : "")
                                + " < " + settings.quotaProbability()));
            }
        }
        for (LevelTable table : tables) {
            identicalShares(table, eligible.get(table), policy, findings);
        }
        return findings;
    }

    static Map<String, long[]> eligibleUnits(LevelTable table, int minimumSize) {
        Map<String, long[]> units = new LinkedHashMap<>();
        table.units().forEach((unit, counts) -> {
            if (LevelTable.size(counts) >= minimumSize) {
                units.put(unit, counts);
            }
        });
        return units;
    }

    /** The lower-tail probability of the homogeneity statistic; levels no unit uses are left out of the table. */
    static java.util.Optional<Homogeneity> homogeneity(String unitKind, Map<String, long[]> units) {
        List<Integer> levels = new ArrayList<>();
        for (int level = 5; level >= 1; level--) {
            int l = level;
            if (units.values().stream().anyMatch(c -> c[l] > 0)) {
                levels.add(level);
            }
        }
        if (levels.size() < 2) {
            return java.util.Optional.empty();
        }
        long[][] table = new long[units.size()][levels.size()];
        int row = 0;
        for (long[] counts : units.values()) {
            for (int c = 0; c < levels.size(); c++) {
                table[row][c] = counts[levels.get(c)];
            }
            row++;
        }
        double statistic = ChiSquareTest.withDefaults().statistic(table);
        int df = (units.size() - 1) * (levels.size() - 1);
        double lowerTail = ChiSquaredDistribution.of(df).cumulativeProbability(statistic);
        return java.util.Optional.of(new Homogeneity(unitKind, units.size(), statistic, df, lowerTail));
    }

    /** Units whose level shares are exactly the same: the same counts once divided by their greatest common divisor. */
    private static void identicalShares(LevelTable table, Map<String, long[]> units, Policy policy, List<Finding> findings) {
        Map<String, List<String>> byShares = new LinkedHashMap<>();
        units.forEach((unit, counts) -> byShares.computeIfAbsent(reduced(counts), k -> new ArrayList<>()).add(unit));
        byShares.forEach((shares, group) -> {
            if (group.size() >= 3 && usesSeveralLevels(units.get(group.get(0))) && spansSizes(group, units)) {
                Map<String, long[]> members = new LinkedHashMap<>();
                group.forEach(u -> members.put(u, units.get(u)));
                findings.add(new Finding(Rule.DIST_QUOTA_PATTERN, policy.severity(Rule.DIST_QUOTA_PATTERN), Scope.UNIT,
                        String.join(", ", group),
                        group.size() + " " + plural(table.unitKind()) + " of different sizes have identical " + table.stage().toLowerCase(Locale.ROOT)
                                + " rating shares (L5/L4/L3/L2/L1 " + shares + "): the signature of a quota.",
                        describe(members)));
            }
        });
    }

    /**
     * Small units of one size share their counts by chance: with that allowed, 4 of 200 random
     * cycles fired (2.0%); requiring the identical shares to span two unit sizes, none did.
     */
    private static boolean spansSizes(List<String> group, Map<String, long[]> units) {
        return group.stream().map(u -> LevelTable.size(units.get(u))).distinct().count() >= 2;
    }

    /** Units all at one level share nothing a quota sets: that is DIST_NO_DISTINCTION's finding. */
    private static boolean usesSeveralLevels(long[] counts) {
        int used = 0;
        for (int level = 1; level <= 5; level++) {
            used += counts[level] > 0 ? 1 : 0;
        }
        return used >= 2;
    }

    private static String reduced(long[] counts) {
        BigInteger gcd = BigInteger.ZERO;
        for (int level = 1; level <= 5; level++) {
            gcd = gcd.gcd(BigInteger.valueOf(counts[level]));
        }
        long g = Math.max(1, gcd.longValue());
        return (counts[5] / g) + ":" + (counts[4] / g) + ":" + (counts[3] / g) + ":" + (counts[2] / g) + ":" + (counts[1] / g);
    }

    static String describe(Map<String, long[]> units) {
        StringBuilder text = new StringBuilder("L5/L4/L3/L2/L1 ");
        int shown = 0;
        for (Map.Entry<String, long[]> unit : units.entrySet()) {
            if (shown == UNITS_SHOWN) {
                text.append("; ... ").append(units.size() - UNITS_SHOWN).append(" more");
                break;
            }
            text.append(shown == 0 ? "" : "; ").append(unit.getKey()).append(' ').append(LevelTable.describe(unit.getValue()));
            shown++;
        }
        return text.toString();
    }

    static String plural(String unitKind) {
        return switch (unitKind) {
            case "COMPONENT" -> "components";
            case "RATING_OFFICIAL" -> "rating officials";
            case "PAY_POOL" -> "pay pools";
            case "PRB" -> "PRBs";
            default -> unitKind.toLowerCase(Locale.ROOT) + " units";
        };
    }

    static String format(double value) {
        return value < 0.0001 && value > 0 ? String.format(Locale.ROOT, "%.2e", value) : String.format(Locale.ROOT, "%.4f", value);
    }
}
