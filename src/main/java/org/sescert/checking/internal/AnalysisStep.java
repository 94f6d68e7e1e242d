package org.sescert.checking.internal;

import java.util.List;

import javax.sql.DataSource;

import org.sescert.datasets.CycleDatasets;
import org.sescert.findings.Finding;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * One family of analyses as a step: it reads the run's datasets, hands the small tables to the
 * pure analyses, and writes what they find in the step's transaction.
 */
abstract class AnalysisStep implements Tasklet {

    protected final CycleDatasets datasets;
    protected final CheckRun run;
    private final DataSource dataSource;

    AnalysisStep(CycleDatasets datasets, CheckRun run, DataSource dataSource) {
        this.datasets = datasets;
        this.run = run;
        this.dataSource = dataSource;
    }

    /** The family's findings for the run's cycle. */
    protected abstract List<Finding> findings();

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        write(findings());
        return RepeatStatus.FINISHED;
    }

    protected void write(List<Finding> findings) {
        RunFindings.write(dataSource, run, findings);
    }
}
