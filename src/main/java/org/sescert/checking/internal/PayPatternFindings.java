package org.sescert.checking.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.sescert.analytics.PayAnalysis;
import org.sescert.datasets.CycleDatasets;
import org.sescert.datasets.CycleDatasets.PayByLevel;
import org.sescert.findings.Finding;
import org.sescert.policy.Policy;

/**
 * Pay for performance across executives (spec section 7): the agency's award cap (and pool
 * budgets, where the pack sets them), inversions within each
 * pay pool (one pool's shares in memory at a time), monotonicity and overlap by level.
 */
public final class PayPatternFindings extends AnalysisStep {

    public PayPatternFindings(CycleDatasets datasets, CheckRun run, DataSource dataSource) {
        super(datasets, run, dataSource);
    }

    @Override
    protected List<Finding> findings() {
        String cycle = run.cycleId();
        Policy policy = run.policy();
        List<Finding> findings = new ArrayList<>(PayAnalysis.awardCaps(datasets.agencyAwards(cycle), datasets.poolTotals(cycle), run.agencyCode(), policy));
        // One pass over the cycle's pay, a pool at a time: a department has hundreds of pools, and a query
        // per pool read the whole cycle each time.
        datasets.poolShares(cycle, pool -> {
            findings.addAll(PayAnalysis.inversions(pool.pool(), "award %", pool.awards(), policy));
            findings.addAll(PayAnalysis.inversions(pool.pool(), "raise %", pool.raises(), policy));
        });
        Map<Integer, Double> meanRaise = new TreeMap<>();
        Map<Integer, Double> meanAward = new TreeMap<>();
        Map<Integer, double[]> awardRange = new TreeMap<>();
        for (PayByLevel level : datasets.payByLevel(cycle)) {
            meanRaise.put(level.level(), level.meanRaisePercent() == null ? 0.0 : level.meanRaisePercent());
            if (level.meanCareerAwardPercent() != null) {
                meanAward.put(level.level(), level.meanCareerAwardPercent());
            }
            if (level.minPaidAwardPercent() != null) {
                awardRange.put(level.level(), new double[] {level.minPaidAwardPercent(), level.maxPaidAwardPercent()});
            }
        }
        findings.addAll(PayAnalysis.monotonic(meanRaise, meanAward, datasets.awardLevelTable(cycle), run.agencyCode(), policy));
        findings.addAll(PayAnalysis.overlap(awardRange, run.agencyCode(), policy));
        return findings;
    }
}
