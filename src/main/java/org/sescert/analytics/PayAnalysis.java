package org.sescert.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.sescert.findings.Finding;
import org.sescert.policy.Policy;
import org.sescert.findings.Rule;
import org.sescert.findings.Scope;
import org.sescert.findings.Severity;

/** Pay for performance across executives: the agency's award cap, inversions, monotonicity and overlap (spec section 7). */
public final class PayAnalysis {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PayAnalysis() {
    }

    public record PoolTotals(String pool, BigDecimal careerBasicPay, BigDecimal awards) {
    }

    /**
     * The agency's totals for the statutory cap.
     *
     * @param careerExecutives career executives with pay records
     * @param careerBasicPay   their basic pay before the adjustment, summed
     * @param awards           every performance award paid (awards to others than career executives are
     *                         themselves findings, and count here too: they were paid as performance awards)
     */
    public record AgencyAwards(long careerExecutives, BigDecimal careerBasicPay, BigDecimal awards) {
    }

    /** One executive's share (award or raise, % of basic pay) in a pool, at a level. */
    public record Share(String executiveId, double percent) {
    }

    /**
     * The cap on the agency's performance awards for the year, 5 U.S.C. 5384(b)(3): the greater of
     * 10% of aggregate career basic pay and 20% of average career basic pay (the pack's percentages),
     * rounded up to the whole dollar (see {@link PayRules}). The basic pay is each career executive's
     * rate before this cycle's adjustment, the workbook's stand-in for the statute's preceding fiscal
     * year. Pay pools are the agency's own budgeting: a pool over the pack's pool budget, where the
     * pack sets one, is INFO.
     */
    public static List<Finding> awardCaps(AgencyAwards agency, List<PoolTotals> pools, String agencyCode, Policy policy) {
        List<Finding> findings = new ArrayList<>();
        Policy.Awards rules = policy.awards();
        BigDecimal aggregate = agency.careerBasicPay().multiply(rules.aggregateCapPercent()).divide(HUNDRED);
        BigDecimal average = agency.careerExecutives() == 0 ? BigDecimal.ZERO
                : agency.careerBasicPay().divide(BigDecimal.valueOf(agency.careerExecutives()), 2, RoundingMode.HALF_EVEN);
        BigDecimal ofAverage = average.multiply(rules.averageCapPercent()).divide(HUNDRED);
        BigDecimal cap = aggregate.max(ofAverage).setScale(0, RoundingMode.CEILING);
        if (agency.awards().compareTo(cap) > 0) {
            findings.add(policy.finding(Rule.PAY_POOL_CAP, agencyCode,
                    "The agency's performance awards exceed the statutory cap of 5 U.S.C. 5384(b)(3): the greater of "
                            + PayRules.plain(rules.aggregateCapPercent()) + "% of aggregate and " + PayRules.plain(rules.averageCapPercent())
                            + "% of average career basic pay.",
                    "awards " + PayRules.plain(agency.awards()) + " > cap " + PayRules.plain(cap) + ", the greater of "
                            + PayRules.plain(rules.aggregateCapPercent()) + "% x aggregate career basic pay " + PayRules.plain(agency.careerBasicPay())
                            + " = " + PayRules.plain(aggregate) + " and " + PayRules.plain(rules.averageCapPercent()) + "% x average career basic pay "
                            + PayRules.plain(average) + " (" + PayRules.plain(agency.careerBasicPay()) + " / " + agency.careerExecutives() + ") = "
                            + PayRules.plain(ofAverage) + ", rounded up to the dollar; over by " + PayRules.plain(agency.awards().subtract(cap))));
        }
        BigDecimal budget = rules.poolBudgetPercent();
        for (PoolTotals pool : budget == null ? List.<PoolTotals>of() : pools) {
            BigDecimal allowed = PayRules.dollars(pool.careerBasicPay(), budget, RoundingMode.CEILING);
            if (pool.awards().compareTo(allowed) > 0) {
                findings.add(new Finding(Rule.PAY_POOL_CAP, Severity.INFO, Scope.UNIT, pool.pool(),
                        "The pay pool's performance awards exceed the pack's pool budget of " + PayRules.plain(budget)
                                + "% of its career basic pay; the statutory cap is on the agency's total.",
                        "awards " + PayRules.plain(pool.awards()) + " > budget " + PayRules.plain(allowed) + " ("
                                + PayRules.exactShare(pool.careerBasicPay(), budget) + ", rounded up to the dollar)"));
            }
        }
        return findings;
    }

    /**
     * Pairs in one pool where the higher final level got the smaller share. Each level's shares are
     * sorted, so each pair of levels is counted by binary search, not by comparing every pair.
     */
    public static List<Finding> inversions(String pool, String what, Map<Integer, List<Share>> byLevel, Policy policy) {
        long pairs = 0;
        double worstGap = 0;
        String worst = null;
        for (Map.Entry<Integer, List<Share>> higher : byLevel.entrySet()) {
            for (Map.Entry<Integer, List<Share>> lower : byLevel.entrySet()) {
                if (lower.getKey() >= higher.getKey() || higher.getValue().isEmpty() || lower.getValue().isEmpty()) {
                    continue;
                }
                double[] low = lower.getValue().stream().mapToDouble(Share::percent).sorted().toArray();
                for (Share h : higher.getValue()) {
                    pairs += low.length - upperBound(low, h.percent());
                }
                Share minHigh = higher.getValue().stream().min(java.util.Comparator.comparingDouble(Share::percent)).orElseThrow();
                Share maxLow = lower.getValue().stream().max(java.util.Comparator.comparingDouble(Share::percent)).orElseThrow();
                double gap = maxLow.percent() - minHigh.percent();
                if (gap > worstGap) {
                    worstGap = gap;
                    worst = String.format(Locale.ROOT, "%s L%d %.2f%% < %s L%d %.2f%%", minHigh.executiveId(), higher.getKey(),
                            minHigh.percent(), maxLow.executiveId(), lower.getKey(), maxLow.percent());
                }
            }
        }
        if (pairs == 0) {
            return List.of();
        }
        return List.of(policy.finding(Rule.PAY_INVERSION, pool,
                pairs + " pair(s) in the pay pool where a higher rating received a smaller " + what + " than a lower one.",
                pairs + " inverted pair(s) by " + what + "; worst: " + worst));
    }

    /** The first index whose value is greater than {@code x}. */
    private static int upperBound(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Mean raise % and award % by level should rise with the level, and awards should follow
     * the rating (Kendall's tau-b between level and award %).
     *
     * @param awardTable executives by level (row 1..5) and award % value (columns, ascending)
     */
    public static List<Finding> monotonic(Map<Integer, Double> meanRaise, Map<Integer, Double> meanAward, long[][] awardTable,
                                          String agencyCode, Policy policy) {
        List<String> problems = new ArrayList<>();
        // Below these levels the law allows neither raise nor award: equal zeros there are no fault.
        notIncreasing("raise", eligible(meanRaise, policy.pay().noIncreaseBelowLevel()), problems);
        notIncreasing("award", eligible(meanAward, policy.awards().minimumFinalLevel()), problems);
        double tau = KendallTau.tauB(awardTable);
        if (!Double.isNaN(tau) && tau < policy.analytics().payTau()) {
            problems.add(String.format(Locale.ROOT, "Kendall tau-b(level, award %%)=%.3f < %s", tau, policy.analytics().payTau()));
        }
        if (problems.isEmpty()) {
            return List.of();
        }
        return List.of(policy.finding(Rule.PAY_NOT_MONOTONIC, agencyCode,
                "Raises or awards do not rise with the rating: pay does not follow performance as the system requires.",
                String.join("; ", problems) + "; mean raise % " + describe(meanRaise) + "; mean award % " + describe(meanAward)
                        + String.format(Locale.ROOT, "; tau-b=%.3f", tau)));
    }

    private static Map<Integer, Double> eligible(Map<Integer, Double> means, int fromLevel) {
        return new TreeMap<>(new TreeMap<>(means).tailMap(fromLevel));
    }

    private static void notIncreasing(String what, Map<Integer, Double> means, List<String> problems) {
        Integer previous = null;
        for (Integer level : new TreeMap<>(means).keySet()) {
            if (previous != null && means.get(level) <= means.get(previous)) {
                problems.add(String.format(Locale.ROOT, "mean %s %% L%d %.2f <= L%d %.2f", what, level, means.get(level), previous, means.get(previous)));
            }
            previous = level;
        }
    }

    /** Award % ranges (among awards paid) of adjacent levels that overlap. */
    public static List<Finding> overlap(Map<Integer, double[]> awardRange, String agencyCode, Policy policy) {
        List<String> overlaps = new ArrayList<>();
        TreeMap<Integer, double[]> ranges = new TreeMap<>(awardRange);
        Integer previous = null;
        for (Integer level : ranges.keySet()) {
            if (previous != null && level == previous + 1 && ranges.get(previous)[1] > ranges.get(level)[0]) {
                overlaps.add(String.format(Locale.ROOT, "L%d %.2f-%.2f%% overlaps L%d %.2f-%.2f%%", previous, ranges.get(previous)[0],
                        ranges.get(previous)[1], level, ranges.get(level)[0], ranges.get(level)[1]));
            }
            previous = level;
        }
        if (overlaps.isEmpty()) {
            return List.of();
        }
        return List.of(policy.finding(Rule.PAY_LEVEL_OVERLAP, agencyCode,
                "Award percentages of adjacent rating levels overlap (GAO-15-189): some lower-rated executives got larger awards.",
                String.join("; ", overlaps)));
    }

    private static String describe(Map<Integer, Double> means) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(means).forEach((level, mean) -> text.append(text.length() == 0 ? "" : ", ")
                .append(String.format(Locale.ROOT, "L%d %.2f", level, mean)));
        return text.toString();
    }
}
