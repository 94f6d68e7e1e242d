package org.sescert.analytics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sescert.findings.Finding;
import org.sescert.policy.Policy;
import org.sescert.findings.Rule;
import org.sescert.findings.Scope;
import org.sescert.findings.Severity;

/** DIST_NO_DISTINCTION, DIST_CAP_EXCEEDED and DIST_PRB_CURVE (spec section 7). */
public final class DistributionAnalysis {

    private DistributionAnalysis() {
    }

    /** One PRB's stage: how many of its executives it moved down or up, and its components' levels before and after. */
    public record PrbStage(String prbId, long executives, long downgrades, long upgrades,
                           Map<String, long[]> initialByComponent, Map<String, long[]> finalByComponent) {
    }

    /**
     * Units where one level holds the policy's share or more, at each stage the tables give (a unit
     * with the same counts at both stages is reported once, for both); an agency-level note when
     * the modal final level is 5.
     */
    public static List<Finding> noDistinction(List<LevelTable> tables, long[] agency, String agencyCode, Policy policy) {
        Policy.Analytics settings = policy.analytics();
        List<Finding> findings = new ArrayList<>();
        // unit kind -> unit -> its counts -> the stages that gave them
        Map<String, Map<String, Map<List<Long>, List<String>>>> byUnit = new LinkedHashMap<>();
        for (LevelTable table : tables) {
            QuotaPatternAnalysis.eligibleUnits(table, settings.minimumUnitSize()).forEach((unit, counts) ->
                    byUnit.computeIfAbsent(table.unitKind(), k -> new LinkedHashMap<>()).computeIfAbsent(unit, u -> new LinkedHashMap<>())
                            .computeIfAbsent(Arrays.stream(counts).boxed().toList(), c -> new ArrayList<>()).add(table.stage()));
        }
        byUnit.forEach((kind, units) -> units.forEach((unit, stages) -> stages.forEach((list, stageList) -> {
            long[] counts = list.stream().mapToLong(Long::longValue).toArray();
            long size = LevelTable.size(counts);
            int mode = mode(counts);
            double share = (double) counts[mode] / size;
            if (share >= settings.noDistinctionShare()) {
                String stage = stageName(stageList);
                findings.add(new Finding(Rule.DIST_NO_DISTINCTION, policy.severity(Rule.DIST_NO_DISTINCTION), Scope.UNIT, unit,
                        "In " + unit + " (" + kind.toLowerCase(Locale.ROOT).replace('_', ' ') + ") one level holds "
                                + percent(share) + " of " + stage + " ratings: the ratings make no meaningful distinction.",
                        "L" + mode + " " + counts[mode] + " of " + size + " = " + percent(share) + " >= " + percent(settings.noDistinctionShare())
                                + "; L5/L4/L3/L2/L1 " + LevelTable.describe(counts) + " (" + stage + ")"));
            }
        })));
        long total = LevelTable.size(agency);
        boolean outstandingMode = total > 0 && agency[5] > agency[4] && agency[5] > agency[3] && agency[5] > agency[2] && agency[5] > agency[1];
        if (outstandingMode) {
            findings.add(new Finding(Rule.DIST_NO_DISTINCTION, Severity.INFO, Scope.AGENCY, agencyCode,
                    "The agency's most frequent final rating is Level 5; OPM asks agencies to justify an Outstanding mode (GAO-15-189).",
                    "final L5/L4/L3/L2/L1 " + LevelTable.describe(agency) + " of " + total));
        }
        return findings;
    }

    /** "initial and final" from the stages that gave the same counts ("INITIAL", "FINAL" or both at once). */
    private static String stageName(List<String> stages) {
        boolean initial = stages.stream().anyMatch(s -> s.contains(LevelTable.INITIAL));
        boolean last = stages.stream().anyMatch(s -> s.contains(LevelTable.FINAL));
        return LevelTable.stageName(initial && last ? LevelTable.BOTH_STAGES : String.join(" and ", stages));
    }

    /**
     * The cap on career Level 4 and 5 ratings, where the policy has one. The minimum counts the
     * agency's career executives (OPM: "agencies with five or more career SES"), rated or not; the
     * cap is a share of the career executives' final ratings.
     *
     * @param career           career executives' final ratings by level
     * @param careerExecutives career executives in the cycle, rated or not
     */
    public static List<Finding> capExceeded(long[] career, long careerExecutives, String agencyCode, Policy policy) {
        Policy.Distribution rules = policy.distribution();
        long careerCount = LevelTable.size(career);
        int minimum = rules.highRatingCapMinimumCareer() == null ? 0 : rules.highRatingCapMinimumCareer();
        if (rules.highRatingCapPercent() == null || careerExecutives < minimum || careerCount == 0) {
            return List.of();
        }
        long high = career[4] + career[5];
        long allowed = BigDecimal.valueOf(careerCount).multiply(rules.highRatingCapPercent())
                .divide(BigDecimal.valueOf(100), 0, java.math.RoundingMode.FLOOR).longValueExact();
        if (high <= allowed) {
            return List.of();
        }
        String cap = rules.highRatingCapPercent().stripTrailingZeros().toPlainString();
        return List.of(policy.finding(Rule.DIST_CAP_EXCEEDED, agencyCode,
                (high - allowed) + " career ratings at Level 4 or 5 are over the cap of " + cap + "% of career executives.",
                careerExecutives + " career executives (the cap applies from " + minimum + "); career final L5 " + career[5] + " + L4 "
                        + career[4] + " = " + high + " of " + careerCount + " = " + percent((double) high / careerCount) + "; cap " + cap
                        + "% = " + allowed + "; over by " + (high - allowed)));
    }

    /**
     * A PRB that moves ratings one way only, for the policy's share or more of its executives, and
     * leaves its components' distributions more alike than the rating officials made them.
     */
    public static List<Finding> prbCurve(List<PrbStage> boards, Policy policy) {
        List<Finding> findings = new ArrayList<>();
        for (PrbStage prb : boards) {
            long moved = prb.downgrades() + prb.upgrades();
            boolean oneWay = moved > 0 && (prb.downgrades() == 0 || prb.upgrades() == 0);
            if (!oneWay || prb.executives() < policy.analytics().minimumUnitSize()
                    || (double) moved / prb.executives() < policy.analytics().prbCurveShare()) {
                continue;
            }
            double before = spread(prb.initialByComponent());
            double after = spread(prb.finalByComponent());
            if (prb.initialByComponent().size() >= 2 && after >= before) {
                continue;
            }
            String direction = prb.downgrades() > 0 ? "down" : "up";
            findings.add(policy.finding(Rule.DIST_PRB_CURVE, prb.prbId(),
                    "The PRB moved " + moved + " of " + prb.executives() + " ratings, all " + direction
                            + ", making its components' ratings more alike: check it is not applying a curve.",
                    moved + " of " + prb.executives() + " = " + percent((double) moved / prb.executives()) + " moved " + direction
                            + " (down " + prb.downgrades() + ", up " + prb.upgrades() + "); spread of component mean levels "
                            + String.format(Locale.ROOT, "%.3f -> %.3f", before, after)));
        }
        return findings;
    }

    /** The standard deviation of the units' mean levels: how far apart the units' ratings are. */
    static double spread(Map<String, long[]> units) {
        List<Double> means = new ArrayList<>();
        units.values().forEach(c -> {
            long n = LevelTable.size(c);
            if (n > 0) {
                double sum = 0;
                for (int level = 1; level <= 5; level++) {
                    sum += level * c[level];
                }
                means.add(sum / n);
            }
        });
        double mean = means.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return Math.sqrt(means.stream().mapToDouble(m -> (m - mean) * (m - mean)).average().orElse(0));
    }

    static int mode(long[] counts) {
        int mode = 5;
        for (int level = 4; level >= 1; level--) {
            if (counts[level] > counts[mode]) {
                mode = level;
            }
        }
        return mode;
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }
}
