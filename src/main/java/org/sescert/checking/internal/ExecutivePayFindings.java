package org.sescert.checking.internal;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.sescert.analytics.PayRules;
import org.sescert.datasets.CycleDatasets;
import org.sescert.findings.Finding;
import org.sescert.policy.Policy;

/** Each executive's pay and award against the policy, streamed: findings are written every few thousand executives. */
public final class ExecutivePayFindings extends AnalysisStep {

    private static final int FLUSH = 2000;

    public ExecutivePayFindings(CycleDatasets datasets, CheckRun run, DataSource dataSource) {
        super(datasets, run, dataSource);
    }

    /** Writes full batches as it streams; the last, partial batch is returned for the step to write. */
    @Override
    protected List<Finding> findings() {
        List<Finding> batch = new ArrayList<>();
        Policy policy = run.policy();
        datasets.executivePay(run.cycleId(), pay -> {
            batch.addAll(PayRules.check(pay, policy));
            if (batch.size() >= FLUSH) {
                write(batch);
                batch.clear();
            }
        });
        return batch;
    }
}
