package org.sescert.importing;

import org.sescert.jobs.JobSteps;
import javax.sql.DataSource;

import org.sescert.importing.internal.GoalsPublisher;
import org.sescert.importing.internal.ImportOutputSteps;
import org.sescert.importing.internal.ImportReconciler;
import org.sescert.importing.internal.ImportRunListener;
import org.sescert.importing.internal.LoadGate;
import org.sescert.importing.internal.SheetReader;
import org.sescert.importing.internal.SheetStep;
import org.sescert.importing.internal.StagingWriter;
import org.sescert.output.OutputFolders;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The goals import job, the same shape as the cycle's: one chunk step per sheet (read, check,
 * stage with COPY), the whole-sheet checks in SQL, the load gate, then the publish and the
 * rejects, or for a refused load its record and rejects alone.
 */
@Configuration
class GoalsImportJobConfiguration {

    static final String JOB_NAME = "goals-import";
    static final String RECONCILE_STEP = "goals-import-reconcile";
    static final String GATE_STEP = "goals-import-gate";
    static final String PUBLISH_STEP = "goals-import-publish";
    static final String OUTPUTS_STEP = "goals-import-outputs";
    static final String REFUSED_STEP = "goals-import-refused";

    @Bean(JOB_NAME)
    Job goalsImportJob(JobRepository jobRepository, PlatformTransactionManager transactionManager, NamedParameterJdbcTemplate jdbc,
                       ImportSettings settings, OutputFolders outputs, SheetReader goalsSheetReader, StagingWriter goalsStagingWriter) {
        WorkbookLayout layout = GoalsLayout.WORKBOOK;
        SimpleJobBuilder job = null;
        for (SheetLayout sheet : layout.rowSheets()) {
            Step step = SheetStep.of(layout, sheet, settings.chunkSize(), goalsSheetReader, goalsStagingWriter, jobRepository, transactionManager);
            job = job == null ? new JobBuilder(JOB_NAME, jobRepository).start(step) : job.next(step);
        }
        JobExecutionDecider decision = ImportOutputSteps.decision();
        return job
                .next(JobSteps.tasklet(RECONCILE_STEP, new ImportReconciler(jdbc, layout, jobRepository), jobRepository, transactionManager))
                .next(JobSteps.tasklet(GATE_STEP, new LoadGate(jdbc, jobRepository, layout, "select load_id from goal_set", null), jobRepository, transactionManager))
                .next(decision)
                .on(ImportOutputSteps.REFUSED).to(JobSteps.tasklet(REFUSED_STEP, ImportOutputSteps.refusedOutputs(jdbc, outputs, layout), jobRepository, transactionManager))
                .from(decision)
                .on(ImportOutputSteps.ACCEPTED).to(JobSteps.tasklet(PUBLISH_STEP, new GoalsPublisher(jdbc), jobRepository, transactionManager))
                .next(JobSteps.tasklet(OUTPUTS_STEP, ImportOutputSteps.acceptedOutputs(jdbc, outputs, layout), jobRepository, transactionManager))
                .end()
                .listener(new ImportRunListener(jdbc, layout))
                .build();
    }


    @Bean
    @StepScope
    SheetReader goalsSheetReader(@Value("#{stepExecution}") StepExecution step, ImportSettings settings) {
        return new SheetReader(step, settings.limits(), GoalsLayout.WORKBOOK);
    }

    @Bean
    @StepScope
    StagingWriter goalsStagingWriter(@Value("#{stepExecution}") StepExecution step, DataSource dataSource) {
        return new StagingWriter(step, dataSource, GoalsLayout.WORKBOOK);
    }
}
