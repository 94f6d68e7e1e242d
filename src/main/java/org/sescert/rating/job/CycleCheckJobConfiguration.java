package org.sescert.rating.job;

import org.sescert.findings.FindingWriter;
import java.nio.file.Path;
import java.util.Collection;

import javax.sql.DataSource;

import org.sescert.rating.CycleContext;
import org.sescert.rating.ExecutiveCase;
import org.sescert.rating.ExecutiveRules;
import org.sescert.findings.Finding;
import org.sescert.policy.Policy;
import org.sescert.policy.PolicyCatalog;
import org.sescert.system.ProgressLog;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The cycle check job, top to bottom: every executive through the rule catalogue (a chunk
 * step over a database cursor), every PRB, the findings file of this run, and then this run's
 * findings (and file) replace the cycle's.
 */
@Configuration
class CycleCheckJobConfiguration {

    static final String JOB_NAME = "cycle-check";
    static final String EXECUTIVES_STEP = "check-executives";
    static final String PRBS_STEP = "check-prbs";
    static final String ANALYTICS_STEP = "check-analytics";
    static final String PUBLISH_STEP = "check-publish";
    static final String EXPORT_STEP = "check-export";
    private static final int CHUNK = 500;

    @Bean
    PolicyCatalog policyCatalog() {
        return new PolicyCatalog();
    }

    @Bean
    Job cycleCheckJob(JobRepository jobRepository, PlatformTransactionManager transactionManager, JdbcTemplate jdbc,
                      PolicyCatalog catalog, @Value("${sescert.out-dir}") Path outDir,
                      JdbcCursorItemReader<ExecutiveCase> executiveCaseReader,
                      ItemProcessor<ExecutiveCase, Collection<Finding>> executiveRulesProcessor,
                      FindingWriter findingWriter) {
        Step executives = new StepBuilder(EXECUTIVES_STEP, jobRepository)
                .<ExecutiveCase, Collection<Finding>>chunk(CHUNK)
                .transactionManager(transactionManager)
                .reader(executiveCaseReader)
                .processor(executiveRulesProcessor)
                .writer(findingWriter)
                .listener(new ProgressLog("check executives"))
                .build();
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(executives)
                .next(new StepBuilder(PRBS_STEP, jobRepository).tasklet(new PrbCheck(jdbc, catalog), transactionManager).build())
                .next(new StepBuilder(ANALYTICS_STEP, jobRepository)
                        .tasklet(new org.sescert.analytics.job.AnalyticsCheck(jdbc, catalog), transactionManager).build())
                .next(new StepBuilder(EXPORT_STEP, jobRepository).tasklet(new FindingsExport(jdbc, outDir), transactionManager).build())
                .next(new StepBuilder(PUBLISH_STEP, jobRepository).tasklet(new CheckPublisher(jdbc, outDir), transactionManager).build())
                .build();
    }

    @Bean
    @StepScope
    JdbcCursorItemReader<ExecutiveCase> executiveCaseReader(DataSource dataSource, @Value("#{jobParameters['cycle.id']}") String cycleId) {
        return new JdbcCursorItemReaderBuilder<ExecutiveCase>()
                .name("executive-cases")
                .dataSource(dataSource)
                .sql(ExecutiveCases.SQL)
                .queryArguments(cycleId)
                .rowMapper(ExecutiveCases.MAPPER)
                .fetchSize(CHUNK)
                // PostgreSQL streams a cursor only outside auto-commit.
                .connectionAutoCommit(false)
                .build();
    }

    /** The processor only delegates: the rules are plain functions in org.sescert.rating. */
    @Bean
    @StepScope
    ItemProcessor<ExecutiveCase, Collection<Finding>> executiveRulesProcessor(PolicyCatalog catalog, JdbcTemplate jdbc,
                                                                             @Value("#{jobParameters['cycle.id']}") String cycleId,
                                                                             @Value("#{jobParameters['policy']}") String policySource) {
        Policy policy = catalog.load(policySource).policy();
        CycleContext cycle = new CycleContext(cycleId,
                jdbc.queryForObject("select administration_start from cycle where cycle_id = ?", java.time.LocalDate.class, cycleId));
        return executive -> ExecutiveRules.check(executive, cycle, policy);
    }

    @Bean
    @StepScope
    FindingWriter findingWriter(DataSource dataSource, @Value("#{jobParameters['run.id']}") Long runId,
                                @Value("#{jobParameters['cycle.id']}") String cycleId) {
        return new FindingWriter(dataSource, runId, cycleId);
    }
}
