package org.sescert.analytics;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.inference.ChiSquareTest;
import org.sescert.analytics.IdenticalShares.ClusterProbability;
import org.sescert.findings.Finding;
import org.sescert.findings.Rule;
import org.sescert.findings.Scope;
import org.sescert.findings.Severity;
import org.sescert.policy.Policy;

/**
 * The signature of a quota (spec section 7), at the initial stage (what rating officials set) and
 * at the final stage (after the PRB), each table of units by levels tested twice:
 * <ul>
 * <li>units whose level distributions are more alike than independent draws from one common
 * distribution would make them: the chi-square homogeneity statistic is small, so the test looks
 * at its lower tail;</li>
 * <li>clusters of three or more units with identical level shares, whatever their sizes, with the
 * probability that chance alone gives a cluster that large ({@link IdenticalShares}). Every such
 * cluster is reported; it takes the pack's severity only when that probability is under the
 * threshold, else it is INFO.</li>
 * </ul>
 * Many tests are made on one cycle, so each probability is multiplied by the number of tests made
 * (Bonferroni: two per table tested, the tables being every unit kind at each stage, where a kind
 * whose initial and final tables are the same, or pay pools that copy the components, count once)
 * before it is compared with the pack's threshold: the threshold holds for the cycle as a whole,
 * whatever the dependence between the stages.
 */
public final class QuotaPatternAnalysis {

    /** Evidence lists at most this many units; the rest are counted. */
    private static final int UNITS_SHOWN = 12;

    private QuotaPatternAnalysis() {
    }

    /** The lower-tail test of one unit kind: its statistic, degrees of freedom and probability. */
    public record Homogeneity(String unitKind, int units, double statistic, int degreesOfFreedom, double lowerTail) {
    }

    /** @param tables distinct tables (see {@link LevelTable#byStage} and {@link LevelTable#distinctPartitions}) */
    public static List<Finding> check(List<LevelTable> tables, String agencyCode, Policy policy) {
        Policy.Analytics settings = policy.analytics();
        Map<LevelTable, Map<String, long[]>> eligible = new LinkedHashMap<>();
        Map<LevelTable, Homogeneity> homogeneity = new LinkedHashMap<>();
        int tests = 0;
        for (LevelTable table : tables) {
            Map<String, long[]> units = eligibleUnits(table, settings.minimumUnitSize());
            eligible.put(table, units);
            if (units.size() >= IdenticalShares.MINIMUM_CLUSTER) {
                tests++;
                Optional<Homogeneity> test = homogeneity(table.unitKind(), units);
                if (test.isPresent()) {
                    homogeneity.put(table, test.get());
                    tests++;
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<LevelTable, Homogeneity> entry : homogeneity.entrySet()) {
            tooAlike(entry.getKey(), eligible.get(entry.getKey()), entry.getValue(), tests, agencyCode, policy).ifPresent(findings::add);
        }
        for (LevelTable table : tables) {
            findings.addAll(identicalShares(table, eligible.get(table), tests, policy));
        }
        return findings;
    }

    private static Optional<Finding> tooAlike(LevelTable table, Map<String, long[]> units, Homogeneity test, int tests, String agencyCode,
                                              Policy policy) {
        double threshold = policy.analytics().quotaProbability();
        double familyWise = Math.min(1.0, test.lowerTail() * tests);
        if (familyWise >= threshold) {
            return Optional.empty();
        }
        return Optional.of(policy.finding(Rule.DIST_QUOTA_PATTERN, agencyCode,
                test.units() + " " + plural(table.unitKind()) + " have " + table.stageName()
                        + " rating distributions more alike than independent rating would make them: the signature of a quota.",
                describe(units) + " (" + table.stageName() + "); chi-square=" + format(test.statistic()) + ", df=" + test.degreesOfFreedom()
                        + ", lower-tail p=" + format(test.lowerTail()) + bonferroni(tests, familyWise) + " < " + threshold));
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
    static Optional<Homogeneity> homogeneity(String unitKind, Map<String, long[]> units) {
        List<Integer> levels = new ArrayList<>();
        for (int level = 5; level >= 1; level--) {
            int l = level;
            if (units.values().stream().anyMatch(c -> c[l] > 0)) {
                levels.add(level);
            }
        }
        if (levels.size() < 2) {
            return Optional.empty();
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
        return Optional.of(new Homogeneity(unitKind, units.size(), statistic, df, lowerTail));
    }

    /**
     * Every cluster of three or more units whose level shares are exactly the same (the same counts
     * once divided by their greatest common divisor), using at least two levels: units all at one
     * level share nothing a quota sets, and are DIST_NO_DISTINCTION's finding.
     */
    private static List<Finding> identicalShares(LevelTable table, Map<String, long[]> units, int tests, Policy policy) {
        Map<String, List<String>> byShares = new LinkedHashMap<>();
        units.forEach((unit, counts) -> {
            if (usesSeveralLevels(counts)) {
                byShares.computeIfAbsent(reduced(counts), k -> new ArrayList<>()).add(unit);
            }
        });
        long[] sizes = units.values().stream().mapToLong(LevelTable::size).toArray();
        double[] pooled = pooled(units);
        byShares.values().removeIf(group -> group.size() < IdenticalShares.MINIMUM_CLUSTER);
        Map<Integer, ClusterProbability> bySize = byShares.isEmpty() ? Map.of()
                : IdenticalShares.probabilities(sizes, pooled, byShares.values().stream().map(List::size).toList());
        List<Finding> findings = new ArrayList<>();
        byShares.forEach((shares, group) -> {
            ClusterProbability chance = bySize.get(group.size());
            double familyWise = Math.min(1.0, chance.probability() * tests);
            double threshold = policy.analytics().quotaProbability();
            boolean unlikely = familyWise < threshold;
            Map<String, long[]> members = new LinkedHashMap<>();
            group.forEach(u -> members.put(u, units.get(u)));
            String kind = plural(table.unitKind());
            findings.add(new Finding(Rule.DIST_QUOTA_PATTERN, unlikely ? policy.severity(Rule.DIST_QUOTA_PATTERN) : Severity.INFO, Scope.UNIT,
                    String.join(", ", group),
                    group.size() + " " + kind + " have identical " + table.stageName() + " rating shares (L5/L4/L3/L2/L1 " + shares + "); "
                            + "chance alone gives " + group.size() + " or more of the " + units.size() + " " + kind + " identical shares with probability "
                            + IdenticalShares.sig2(chance.probability()) + (unlikely ? ": the signature of a quota."
                            : (tests > 1 ? " (" + IdenticalShares.sig2(familyWise) + " over the cycle's " + tests + " tests)" : "")
                            + ", too likely to rule out chance; check how these ratings were set."),
                    describe(members) + " (" + table.stageName() + "); pooled " + kind + " (" + units.size() + ", " + (long) java.util.Arrays.stream(sizes).sum()
                            + " executives) " + percents(pooled) + "; P(" + group.size() + "+ of " + units.size() + " share identical shares by chance) = "
                            + chance.describe() + bonferroni(tests, familyWise) + (unlikely ? " < " : " >= ") + threshold));
        });
        return findings;
    }

    private static String bonferroni(int tests, double familyWise) {
        return tests > 1 ? "; x" + tests + " tests (Bonferroni) = " + format(familyWise) : "";
    }

    /** The units' levels pooled: the distribution chance would draw from, indexed 1..5. */
    static double[] pooled(Map<String, long[]> units) {
        double[] pooled = new double[6];
        double total = 0;
        for (long[] counts : units.values()) {
            for (int level = 1; level <= 5; level++) {
                pooled[level] += counts[level];
                total += counts[level];
            }
        }
        for (int level = 1; level <= 5 && total > 0; level++) {
            pooled[level] /= total;
        }
        return pooled;
    }

    private static String percents(double[] pooled) {
        return String.format(Locale.ROOT, "L5/L4/L3/L2/L1 %.1f/%.1f/%.1f/%.1f/%.1f%%", 100 * pooled[5], 100 * pooled[4], 100 * pooled[3],
                100 * pooled[2], 100 * pooled[1]);
    }

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
