package org.sescert.checking.internal;

import javax.sql.DataSource;

import org.sescert.analytics.OrgAssessmentAnalysis;
import org.sescert.datasets.CycleDatasets;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Ratings against the organizational assessments (spec section 7). */
public final class OrgAssessmentFindings implements Tasklet {

    private final CycleDatasets datasets;
    private final CheckRun run;
    private final DataSource dataSource;

    public OrgAssessmentFindings(CycleDatasets datasets, CheckRun run, DataSource dataSource) {
        this.datasets = datasets;
        this.run = run;
        this.dataSource = dataSource;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Double agencyMean = datasets.agencyMeanFinal(run.cycleId());
        if (agencyMean != null) {
            RunFindings.write(dataSource, run,
                    OrgAssessmentAnalysis.check(datasets.componentRatings(run.cycleId()), agencyMean, run.agencyCode(), run.policy()));
        }
        return RepeatStatus.FINISHED;
    }
}
