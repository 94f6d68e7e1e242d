package org.sescert.importing;

import org.sescert.jobs.JobSteps;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.sescert.importing.internal.CyclePublisher;
import org.sescert.importing.internal.ImportOutputSteps;
import org.sescert.importing.internal.LoadGate;
import org.sescert.importing.internal.ImportRunListener;
import org.sescert.importing.internal.ImportReconciler;
import org.sescert.importing.internal.SheetReader;
import org.sescert.importing.internal.SheetStep;
import org.sescert.importing.internal.StagingWriter;
import org.sescert.output.OutputFolders;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobFlowBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The cycle import job, top to bottom: one chunk step per sheet (read, check, COPY; the Elements
 * sheet beside the others),
 * the whole-sheet checks in SQL, the load gate (counts, and whether the load would make the
 * cycle worse), then either the one-transaction publish and the cycle's outputs, or, for a
 * refused load, its record and its rejects alone.
 */
@Configuration
@EnableConfigurationProperties(ImportSettings.class)
class CycleImportJobConfiguration {

    static final String JOB_NAME = "cycle-import";
    static final String SHEETS_FLOW = "import-sheets";
    static final String RECONCILE_STEP = "import-reconcile";
    static final String GATE_STEP = "import-gate";
    static final String PUBLISH_STEP = "import-publish";
    static final String OUTPUTS_STEP = "import-outputs";
    static final String REFUSED_STEP = "import-refused";

    @Bean(JOB_NAME)
    Job cycleImportJob(JobRepository jobRepository, PlatformTransactionManager transactionManager, NamedParameterJdbcTemplate jdbc,
                       ImportSettings settings, OutputFolders outputs, SheetReader sheetReader, StagingWriter stagingWriter) {
        // Two sheet flows at once: the Elements sheet (five rows per executive) beside all the others, so that
        // both cores check rows while PostgreSQL copies the other flow's chunk.
        List<Step> elements = new ArrayList<>();
        List<Step> others = new ArrayList<>();
        for (SheetLayout sheet : CycleLayout.ROW_SHEETS) {
            Step step = SheetStep.of(CycleLayout.WORKBOOK, sheet, settings.chunkSize(), sheetReader, stagingWriter, jobRepository, transactionManager);
            (sheet == CycleLayout.ELEMENTS ? elements : others).add(step);
        }
        Flow sheets = new FlowBuilder<SimpleFlow>(SHEETS_FLOW).split(JobSteps.sideBySide("import-sheets-"))
                .add(sequence("import-elements", elements), sequence("import-other-sheets", others)).build();
        JobFlowBuilder job = new JobBuilder(JOB_NAME, jobRepository).start(sheets);
        JobExecutionDecider decision = ImportOutputSteps.decision();
        return job
                .next(JobSteps.tasklet(RECONCILE_STEP, new ImportReconciler(jdbc, CycleLayout.WORKBOOK, jobRepository), jobRepository, transactionManager))
                .next(JobSteps.tasklet(GATE_STEP, new LoadGate(jdbc, jobRepository, CycleLayout.WORKBOOK,
                        "select load_id from cycle where cycle_id = :subject", "select count(final_level) from load_executive where load_id = :load"), jobRepository, transactionManager))
                .next(decision)
                .on(ImportOutputSteps.REFUSED).to(JobSteps.tasklet(REFUSED_STEP, ImportOutputSteps.refusedOutputs(jdbc, outputs, CycleLayout.WORKBOOK), jobRepository, transactionManager))
                .from(decision)
                .on(ImportOutputSteps.ACCEPTED).to(JobSteps.tasklet(PUBLISH_STEP, new CyclePublisher(jdbc), jobRepository, transactionManager))
                .next(JobSteps.tasklet(OUTPUTS_STEP, ImportOutputSteps.acceptedOutputs(jdbc, outputs, CycleLayout.WORKBOOK), jobRepository, transactionManager))
                .end()
                .listener(new ImportRunListener(jdbc, CycleLayout.WORKBOOK))
                .build();
    }

    private static Flow sequence(String name, List<Step> steps) {
        FlowBuilder<SimpleFlow> flow = new FlowBuilder<SimpleFlow>(name).start(steps.get(0));
        for (Step step : steps.subList(1, steps.size())) {
            flow.next(step);
        }
        return flow.build();
    }


    /** Step scope: every sheet step of every run gets its own reader, bound to that step's sheet. */
    @Bean
    @StepScope
    SheetReader sheetReader(@Value("#{stepExecution}") StepExecution step, ImportSettings settings) {
        return new SheetReader(step, settings.limits(), CycleLayout.WORKBOOK);
    }

    @Bean
    @StepScope
    StagingWriter stagingWriter(@Value("#{stepExecution}") StepExecution step, DataSource dataSource) {
        return new StagingWriter(step, dataSource, CycleLayout.WORKBOOK);
    }
}
