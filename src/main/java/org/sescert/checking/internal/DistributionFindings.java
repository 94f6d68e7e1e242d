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
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** The distribution analyses (spec section 7): quota patterns, no distinction, the FY2026 cap, PRB curves. */
public final class DistributionFindings implements Tasklet {

    private final CycleDatasets datasets;
    private final CheckRun run;
    private final DataSource dataSource;

    public DistributionFindings(CycleDatasets datasets, CheckRun run, DataSource dataSource) {
        this.datasets = datasets;
        this.run = run;
        this.dataSource = dataSource;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        String cycle = run.cycleId();
        Policy policy = run.policy();
        List<LevelTable> tables = new ArrayList<>();
        CycleDatasets.UNIT_KINDS.forEach(kind -> tables.add(datasets.levels(cycle, kind, "FINAL")));
        List<LevelTable> partitions = LevelTable.distinctPartitions(tables);
        List<Finding> findings = new ArrayList<>();
        findings.addAll(QuotaPatternAnalysis.check(partitions, run.agencyCode(), policy));
        findings.addAll(DistributionAnalysis.noDistinction(partitions, datasets.unitLevels(cycle, "AGENCY", "AGENCY", "FINAL"), run.agencyCode(), policy));
        findings.addAll(DistributionAnalysis.capExceeded(datasets.unitLevels(cycle, "APPOINTMENT_TYPE", "CAREER", "FINAL"), run.agencyCode(), policy));
        findings.addAll(DistributionAnalysis.prbCurve(datasets.prbStages(cycle), policy));
        RunFindings.write(dataSource, run, findings);
        return RepeatStatus.FINISHED;
    }
}
