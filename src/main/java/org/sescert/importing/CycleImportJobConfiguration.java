package org.sescert.importing;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.sescert.importing.internal.CyclePublisher;
import org.sescert.importing.internal.ImportLimits;
import org.sescert.importing.internal.ImportReconciler;
import org.sescert.importing.internal.RejectsExport;
import org.sescert.importing.internal.SheetReader;
import org.sescert.importing.internal.StagingWriter;
import org.sescert.system.ProgressLog;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The cycle import job, top to bottom: one chunk step per sheet (read, check, stage with
 * COPY), then the whole-sheet checks in SQL, the one-transaction publish, and the rejects
 * files.
 */
@Configuration
@EnableConfigurationProperties(ImportSettings.class)
class CycleImportJobConfiguration {

    static final String JOB_NAME = "cycle-import";
    static final String RECONCILE_STEP = "import-reconcile";
    static final String PUBLISH_STEP = "import-publish";
    static final String REJECTS_STEP = "import-rejects";

    @Bean
    Job cycleImportJob(JobRepository jobRepository, PlatformTransactionManager transactionManager, DataSource dataSource,
                       NamedParameterJdbcTemplate jdbc, ImportSettings settings, @Value("${sescert.out-dir}") Path outDir) {
        ImportLimits limits = new ImportLimits(settings.maxFileBytes(), settings.maxSharedStringsBytes());
        SimpleJobBuilder job = null;
        for (SheetLayout sheet : CycleLayout.ROW_SHEETS) {
            Step step = sheetStep(sheet, jobRepository, transactionManager, dataSource, settings.chunkSize(), limits);
            job = job == null ? new JobBuilder(JOB_NAME, jobRepository).start(step) : job.next(step);
        }
        return job
                .next(new StepBuilder(RECONCILE_STEP, jobRepository).tasklet(new ImportReconciler(jdbc), transactionManager).build())
                .next(new StepBuilder(PUBLISH_STEP, jobRepository).tasklet(new CyclePublisher(jdbc), transactionManager).build())
                .next(new StepBuilder(REJECTS_STEP, jobRepository).tasklet(new RejectsExport(jdbc, outDir), transactionManager).build())
                .build();
    }

    private static Step sheetStep(SheetLayout sheet, JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                  DataSource dataSource, int chunkSize, ImportLimits limits) {
        return new StepBuilder(CyclePublisher.stepName(sheet), jobRepository)
                .<SourceRow, ValidatedRow>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(new SheetReader(sheet, limits))
                .processor(row -> RowValidator.validate(sheet, row))
                .writer(new StagingWriter(sheet, dataSource))
                .listener(new ProgressLog(sheet.name()))
                .build();
    }
}
