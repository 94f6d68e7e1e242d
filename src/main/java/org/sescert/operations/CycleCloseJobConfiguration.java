package org.sescert.operations;

import org.sescert.checking.CheckOutcome;
import org.sescert.checking.CycleChecker;
import org.sescert.findings.Severity;
import org.sescert.importing.CycleImporter;
import org.sescert.importing.ImportOutcome;
import org.sescert.importing.ImportSource;
import org.sescert.reporting.CertificationOutcome;
import org.sescert.reporting.CertificationReporter;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;

/**
 * The cycle-close job, top to bottom: import the cycle's workbook, and unless the load is refused,
 * check it and write its certification evidence package. Each stage runs the capability's own job
 * (with its own lock, records and restart), so a restarted close resumes at the stage it stopped
 * at and never imports twice.
 */
@Configuration
class CycleCloseJobConfiguration {

    static final String JOB_NAME = "cycle-close";
    static final String IMPORT_STEP = "close-import";
    static final String CHECK_STEP = "close-check";
    static final String REPORT_STEP = "close-report";
    static final String REPORT_RUN = "close.report.run.id";
    static final String REPORT_FOLDER = "close.report.folder";
    static final String REFUSED = "REFUSED";
    static final String LOAD_ID = "close.load.id";
    static final String CHECK_RUN = "close.check.run.id";
    static final String ERRORS = "close.errors";
    static final String WARNINGS = "close.warnings";
    static final String REFUSAL = "close.refusal";

    @Bean(JOB_NAME)
    Job cycleCloseJob(JobRepository jobRepository, PlatformTransactionManager transactionManager, CycleImporter importer, CycleChecker checker,
                      CertificationReporter reporter, CloseStages stages) {
        JobExecutionDecider loaded = (job, step) -> new FlowExecutionStatus(job.getExecutionContext().containsKey(REFUSAL) ? REFUSED : "LOADED");
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(step(IMPORT_STEP, importCycle(importer, stages), jobRepository, transactionManager))
                .next(loaded)
                .on(REFUSED).end(REFUSED)
                .from(loaded).on("LOADED").to(step(CHECK_STEP, check(checker, stages), jobRepository, transactionManager))
                .next(step(REPORT_STEP, report(reporter, stages), jobRepository, transactionManager))
                .end()
                .build();
    }

    private static Tasklet importCycle(CycleImporter importer, CloseStages stages) {
        return (contribution, context) -> {
            CycleCloseParameters close = CycleCloseParameters.from(contribution.getStepExecution());
            ImportOutcome outcome = stages.resumed(contribution.getStepExecution().getJobExecution(), "cycle-import", close.cycleId())
                    .map(importer::outcomeOf)
                    .orElseGet(() -> importer.importCycle(close.source(), close.cycleId(), close.options()));
            ExecutionContext job = contribution.getStepExecution().getJobExecution().getExecutionContext();
            job.putLong(LOAD_ID, outcome.loadId());
            if (outcome.refused()) {
                job.putString(REFUSAL, outcome.refusal());
            }
            return RepeatStatus.FINISHED;
        };
    }

    private static Tasklet check(CycleChecker checker, CloseStages stages) {
        return (contribution, context) -> {
            CycleCloseParameters close = CycleCloseParameters.from(contribution.getStepExecution());
            CheckOutcome outcome = stages.resumed(contribution.getStepExecution().getJobExecution(), "cycle-check", close.cycleId())
                    .map(checker::outcomeOf)
                    .orElseGet(() -> checker.check(close.cycleId(), close.policy()));
            ExecutionContext job = contribution.getStepExecution().getJobExecution().getExecutionContext();
            job.putLong(CHECK_RUN, outcome.runId());
            job.putLong(ERRORS, outcome.count(Severity.ERROR));
            job.putLong(WARNINGS, outcome.count(Severity.WARNING));
            return RepeatStatus.FINISHED;
        };
    }

    private static Tasklet report(CertificationReporter reporter, CloseStages stages) {
        return (contribution, context) -> {
            CycleCloseParameters close = CycleCloseParameters.from(contribution.getStepExecution());
            CertificationOutcome outcome = stages.resumed(contribution.getStepExecution().getJobExecution(), "certification-report", close.cycleId())
                    .map(reporter::outcomeOf)
                    .orElseGet(() -> reporter.report(close.cycleId(), null));
            ExecutionContext job = contribution.getStepExecution().getJobExecution().getExecutionContext();
            job.putLong(REPORT_RUN, outcome.runId());
            job.putString(REPORT_FOLDER, outcome.folder().toString());
            return RepeatStatus.FINISHED;
        };
    }

    /**
     * A stage runs a whole job of its own, which commits as it goes: the stage must not hold a
     * transaction around it, or the inner job's steps would join it.
     */
    private static Step step(String name, Tasklet tasklet, JobRepository jobRepository, PlatformTransactionManager transactionManager) {
        DefaultTransactionAttribute none = new DefaultTransactionAttribute(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
        return new StepBuilder(name, jobRepository).tasklet(tasklet, transactionManager).transactionAttribute(none).build();
    }
}
