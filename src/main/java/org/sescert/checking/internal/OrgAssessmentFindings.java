package org.sescert.checking.internal;

import java.util.List;

import javax.sql.DataSource;

import org.sescert.analytics.OrgAssessmentAnalysis;
import org.sescert.datasets.CycleDatasets;
import org.sescert.findings.Finding;

/** Ratings against the organizational assessments (spec section 7). */
public final class OrgAssessmentFindings extends AnalysisStep {

    public OrgAssessmentFindings(CycleDatasets datasets, CheckRun run, DataSource dataSource) {
        super(datasets, run, dataSource);
    }

    @Override
    protected List<Finding> findings() {
        Double agencyMean = datasets.agencyMeanFinal(run.cycleId());
        return agencyMean == null ? List.of()
                : OrgAssessmentAnalysis.check(datasets.componentRatings(run.cycleId()), agencyMean, run.agencyCode(), run.policy());
    }
}
