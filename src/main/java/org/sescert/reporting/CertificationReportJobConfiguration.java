package org.sescert.reporting;

import org.sescert.datasets.CertificationDatasets;
import org.sescert.datasets.CycleDatasets;
import org.sescert.importing.LoadHistory;
import org.sescert.jobs.JobSteps;
import org.sescert.policy.PolicyCatalog;
import org.sescert.reporting.internal.DisclosureDocument;
import org.sescert.reporting.internal.EvidenceDocument;
import org.sescert.reporting.internal.EvidenceReader;
import org.sescert.reporting.internal.Opm1558Workbook;
import org.sescert.reporting.internal.PackagePublisher;
import org.sescert.reporting.internal.PackageTables;
import org.sescert.reporting.internal.ReportEngine;
import org.sescert.reporting.internal.ReportRun;
import org.sescert.reporting.internal.ReportRunListener;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The certification report job, top to bottom: the package's tables (findings, rejects), OPM
 * Form 1558 and the evidence PDF side by side, the disclosure PDF, each into the run's staging
 * folder, and then the publish step that puts them in the package folder together with the manifest.
 */
@Configuration
class CertificationReportJobConfiguration {

    static final String JOB_NAME = "certification-report";
    static final String TABLES_STEP = "report-tables";
    static final String OPM_1558_STEP = "report-opm-1558";
    static final String EVIDENCE_STEP = "report-evidence";
    static final String DISCLOSURE_STEP = "report-disclosure";
    static final String PUBLISH_STEP = "report-publish";

    /** One per process: templates are compiled once, on the first report. */
    @Bean
    ReportEngine reportEngine() {
        return new ReportEngine();
    }

    /** The run every step works from: one per job execution. */
    @Bean
    @JobScope
    ReportRun reportRun(@Value("#{jobExecution}") JobExecution execution, JdbcTemplate jdbc, PolicyCatalog catalog) {
        return ReportRun.load(jdbc, catalog, CertificationReportParameters.from(execution.getJobParameters()));
    }

    @Bean(JOB_NAME)
    Job certificationReportJob(JobRepository jobRepository, PlatformTransactionManager transactionManager, JdbcTemplate jdbc,
                               CycleDatasets cycles, CertificationDatasets datasets, LoadHistory loads, ReportEngine engine, ReportRun run) {
        // The two largest outputs (Part B of the 1558, a row per executive, and the evidence PDF) need
        // nothing of each other: they are written side by side, one a core.
        Flow opm1558 = new FlowBuilder<SimpleFlow>("report-opm-1558-flow")
                .start(JobSteps.tasklet(OPM_1558_STEP, new Opm1558Workbook(datasets, run), jobRepository, transactionManager)).build();
        Flow evidence = new FlowBuilder<SimpleFlow>("report-evidence-flow")
                .start(JobSteps.tasklet(EVIDENCE_STEP, new EvidenceDocument(new EvidenceReader(jdbc, cycles, datasets), engine, run), jobRepository,
                        transactionManager)).build();
        Flow outputs = new FlowBuilder<SimpleFlow>("report-outputs").split(JobSteps.sideBySide("report-")).add(opm1558, evidence).build();
        Flow report = new FlowBuilder<SimpleFlow>("report")
                .start(JobSteps.tasklet(TABLES_STEP, new PackageTables(jdbc, loads, run), jobRepository, transactionManager))
                .next(outputs)
                .next(JobSteps.tasklet(DISCLOSURE_STEP, new DisclosureDocument(cycles, datasets, engine, run), jobRepository, transactionManager))
                .next(JobSteps.tasklet(PUBLISH_STEP, new PackagePublisher(jdbc, run, JOB_NAME), jobRepository, transactionManager))
                .build();
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(report).end()
                .listener(new ReportRunListener(jdbc))
                .build();
    }
}
