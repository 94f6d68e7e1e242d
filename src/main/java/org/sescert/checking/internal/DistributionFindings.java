package org.sescert.checking.internal;

import java.util.ArrayList;
import java.util.List;

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
        List<LevelTable> tables = new ArrayList<>();
        CycleDatasets.UNIT_KINDS.forEach(kind -> tables.addAll(LevelTable.byStage(
                datasets.levels(cycle, kind, LevelTable.INITIAL), datasets.levels(cycle, kind, LevelTable.FINAL))));
        List<LevelTable> partitions = LevelTable.distinctPartitions(tables);
        List<Finding> findings = new ArrayList<>();
        findings.addAll(QuotaPatternAnalysis.check(partitions, run.agencyCode(), policy));
        findings.addAll(DistributionAnalysis.noDistinction(partitions, datasets.unitLevels(cycle, "AGENCY", "AGENCY", LevelTable.FINAL),
                run.agencyCode(), policy));
        findings.addAll(DistributionAnalysis.capExceeded(datasets.unitLevels(cycle, "APPOINTMENT_TYPE", "CAREER", LevelTable.FINAL),
                datasets.careerExecutives(cycle), run.agencyCode(), policy));
        findings.addAll(DistributionAnalysis.prbCurve(datasets.prbStages(cycle), policy));
        return findings;
    }
}
