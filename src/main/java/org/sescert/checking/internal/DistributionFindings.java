package org.sescert.checking.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.sescert.analytics.DistributionAnalysis;
import org.sescert.analytics.LevelTable;
import org.sescert.analytics.QuotaPatternAnalysis;
import org.sescert.datasets.CycleDatasets;
import org.sescert.findings.Finding;
import org.sescert.policy.Policy;

/**
 * The distribution analyses (spec section 7): quota patterns and no distinction at the initial and
 * final stages, the FY2026 cap and the Outstanding mode on final ratings, PRB curves.
 */
public final class DistributionFindings extends AnalysisStep {

    public DistributionFindings(CycleDatasets datasets, CheckRun run, DataSource dataSource) {
        super(datasets, run, dataSource);
    }

    @Override
    protected List<Finding> findings() {
        String cycle = run.cycleId();
        Policy policy = run.policy();
        // Quotas can be set on rating officials before the PRB: both stages are analysed.
        // Every kind at both stages from one pass over the executives.
        Map<String, Map<String, LevelTable>> levels = datasets.levelsByKindAndStage(cycle);
        List<LevelTable> tables = new ArrayList<>();
        CycleDatasets.UNIT_KINDS.forEach(kind -> tables.addAll(LevelTable.byStage(stage(levels, kind, LevelTable.INITIAL),
                stage(levels, kind, LevelTable.FINAL))));
        List<LevelTable> partitions = LevelTable.distinctPartitions(tables);
        List<Finding> findings = new ArrayList<>();
        findings.addAll(QuotaPatternAnalysis.check(partitions, run.agencyCode(), policy));
        findings.addAll(DistributionAnalysis.noDistinction(partitions, unit(levels, "AGENCY", "AGENCY"), run.agencyCode(), policy));
        findings.addAll(DistributionAnalysis.capExceeded(unit(levels, "APPOINTMENT_TYPE", "CAREER"),
                datasets.careerExecutives(cycle), run.agencyCode(), policy));
        findings.addAll(DistributionAnalysis.prbCurve(datasets.prbStages(cycle), policy));
        return findings;
    }

    private static LevelTable stage(Map<String, Map<String, LevelTable>> levels, String kind, String stage) {
        LevelTable table = levels.getOrDefault(kind, Map.of()).get(stage);
        return table != null ? table : new LevelTable(kind, stage, new java.util.TreeMap<>());
    }

    /** One unit's final counts by level (index 1..5), zeros when it has none. */
    private static long[] unit(Map<String, Map<String, LevelTable>> levels, String kind, String unit) {
        return stage(levels, kind, LevelTable.FINAL).units().getOrDefault(unit, new long[6]).clone();
    }
}
