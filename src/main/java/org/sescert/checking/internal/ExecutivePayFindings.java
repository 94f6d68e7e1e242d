package org.sescert.checking.internal;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.sescert.analytics.PayRules;
import org.sescert.datasets.CycleDatasets;
import org.sescert.findings.Finding;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Each executive's pay and award against the policy, streamed: findings are written every few thousand executives. */
public final class ExecutivePayFindings implements Tasklet {

    private static final int FLUSH = 2000;

    private final CycleDatasets datasets;
    private final CheckRun run;
    private final DataSource dataSource;

    public ExecutivePayFindings(CycleDatasets datasets, CheckRun run, DataSource dataSource) {
        this.datasets = datasets;
        this.run = run;
        this.dataSource = dataSource;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<Finding> batch = new ArrayList<>();
        datasets.executivePay(run.cycleId(), pay -> {
            batch.addAll(PayRules.check(pay, run.policy()));
            if (batch.size() >= FLUSH) {
                RunFindings.write(dataSource, run, batch);
                batch.clear();
            }
        });
        RunFindings.write(dataSource, run, batch);
        return RepeatStatus.FINISHED;
    }
}
