package org.sescert.checking;

import java.util.Collection;

import javax.sql.DataSource;

import org.sescert.checking.internal.CheckPublisher;
import org.sescert.checking.internal.CheckRun;
import org.sescert.checking.internal.CheckRunListener;
import org.sescert.checking.internal.DistributionFindings;
import org.sescert.checking.internal.ExecutiveCases;
import org.sescert.checking.internal.ExecutivePartitioner;
import org.sescert.checking.internal.ExecutivePayFindings;
import org.sescert.checking.internal.ExecutiveRulesProcessor;
import org.sescert.checking.internal.FindingsFile;
import org.sescert.checking.internal.OrgAssessmentFindings;
import org.sescert.checking.internal.PartitionProgress;
import org.sescert.checking.internal.PayPatternFindings;
import org.sescert.checking.internal.PrbCheck;
import org.sescert.datasets.CycleDatasets;
import org.sescert.findings.Finding;
import org.sescert.findings.FindingWriter;
import org.sescert.jobs.JobSteps;
import org.sescert.jobs.Partitioning;
import org.sescert.output.OutputFolders;
import org.sescert.policy.PolicyCatalog;
import org.sescert.rating.ExecutiveCase;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The cycle check job, top to bottom: every executive through the rule catalogue (a chunk step
 * over a database cursor), every PRB, the analytics one family a step, the findings file of
 * this run, and then this run's findings (and file) replace the cycle's.
 */
@Configuration
class CycleCheckJobConfiguration {

    static final String JOB_NAME = "cycle-check";
    static final String EXECUTIVES_STEP = "check-executives";
    static final String EXECUTIVES_PARTITION_STEP = "check-executives-partition";
    static final String PRBS_STEP = "check-prbs";
    static final String DISTRIBUTION_STEP = "check-distribution";
    static final String ORG_ASSESSMENT_STEP = "check-org-assessment";
    static final String PAY_PATTERNS_STEP = "check-pay-patterns";
    static final String EXECUTIVE_PAY_STEP = "check-executive-pay";
    static final String EXPORT_STEP = "check-export";
    static final String PUBLISH_STEP = "check-publish";
    private static final int CHUNK = 500;

    @Bean
    PolicyCatalog policyCatalog() {
        return new PolicyCatalog();
    }

    /** The run every step works from: one per job execution, with the policy parsed once from the run's record. */
    @Bean
    @JobScope
    CheckRun checkRun(@Value("#{jobExecution}") JobExecution execution, JdbcTemplate jdbc, PolicyCatalog catalog) {
        return CheckRun.load(jdbc, catalog, CheckJobParameters.from(execution.getJobParameters()));
    }

    /**
     * One partition of the executives through the rule catalogue: a chunk step over a database
     * cursor. Its beans are step-scoped and read the run from the step's job parameters, so the
     * same step runs on a thread of this process or in a worker process (remote partitioning).
     */
    @Bean(EXECUTIVES_PARTITION_STEP)
    Step executivesPartitionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                 JdbcCursorItemReader<ExecutiveCase> executiveCaseReader,
                                 ExecutiveRulesProcessor executiveRulesProcessor,
                                 FindingWriter findingWriter, JdbcTemplate jdbc) {
        return new StepBuilder(EXECUTIVES_PARTITION_STEP, jobRepository)
                .<ExecutiveCase, Collection<Finding>>chunk(CHUNK)
                .transactionManager(transactionManager)
                .reader(executiveCaseReader)
                .processor(executiveRulesProcessor)
                .writer(findingWriter)
                .listener(new PartitionProgress(jdbc))
                .build();
    }

    /**
     * The executives split by ranges of their ids ({@link ExecutivePartitioner}): on threads of this
     * process, or, with {@code sescert.partitioning=remote}, in worker processes that share the
     * database ({@link Partitioning}).
     */
    @Bean
    Step executivesStep(JobRepository jobRepository, @Qualifier(EXECUTIVES_PARTITION_STEP) Step partitionStep, Partitioning partitioning,
                        ExecutivePartitioner executivePartitioner) {
        return partitioning.managerStep(EXECUTIVES_STEP, EXECUTIVES_PARTITION_STEP, partitionStep, executivePartitioner, jobRepository);
    }

    /** Step-scoped: it splits the executives of the cycle the running check names. */
    @Bean
    @StepScope
    ExecutivePartitioner executivePartitioner(@Value("#{stepExecution}") StepExecution step, JdbcTemplate jdbc) {
        return new ExecutivePartitioner(jdbc, CheckJobParameters.from(step).cycleId());
    }

    @Bean(JOB_NAME)
    Job cycleCheckJob(JobRepository jobRepository, PlatformTransactionManager transactionManager, JdbcTemplate jdbc, DataSource dataSource,
                      CycleDatasets datasets, OutputFolders outputs, CheckRun run, @Qualifier("executivesStep") Step executives) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(executives)
                .next(JobSteps.tasklet(PRBS_STEP, new PrbCheck(jdbc, run), jobRepository, transactionManager))
                .next(JobSteps.tasklet(DISTRIBUTION_STEP, new DistributionFindings(datasets, run, dataSource), jobRepository, transactionManager))
                .next(JobSteps.tasklet(ORG_ASSESSMENT_STEP, new OrgAssessmentFindings(datasets, run, dataSource), jobRepository, transactionManager))
                .next(JobSteps.tasklet(PAY_PATTERNS_STEP, new PayPatternFindings(datasets, run, dataSource), jobRepository, transactionManager))
                .next(JobSteps.tasklet(EXECUTIVE_PAY_STEP, new ExecutivePayFindings(datasets, run, dataSource), jobRepository, transactionManager))
                .next(JobSteps.tasklet(EXPORT_STEP, new FindingsFile(jdbc, run, outputs), jobRepository, transactionManager))
                .next(JobSteps.tasklet(PUBLISH_STEP, new CheckPublisher(jdbc, run, outputs), jobRepository, transactionManager))
                .listener(new CheckRunListener(jdbc))
                .build();
    }

    @Bean
    @StepScope
    JdbcCursorItemReader<ExecutiveCase> executiveCaseReader(DataSource dataSource, @Value("#{stepExecution}") StepExecution step) {
        String from = step.getExecutionContext().getString(ExecutivePartitioner.FROM, null);
        String to = step.getExecutionContext().getString(ExecutivePartitioner.TO, null);
        return new JdbcCursorItemReaderBuilder<ExecutiveCase>()
                .name("executive-cases")
                .dataSource(dataSource)
                .sql(ExecutiveCases.partitionSql(from != null, to != null))
                .queryArguments(java.util.stream.Stream.of(CheckJobParameters.from(step).cycleId(), from, to).filter(java.util.Objects::nonNull).toArray())
                .rowMapper(ExecutiveCases.MAPPER)
                .fetchSize(CHUNK)
                // PostgreSQL streams a cursor only outside auto-commit.
                .connectionAutoCommit(false)
                .build();
    }

    /** The run as the step's job parameters name it: a partition's thread or worker process has no job scope of its own. */
    @Bean
    @StepScope
    ExecutiveRulesProcessor executiveRulesProcessor(@Value("#{stepExecution}") StepExecution step, JdbcTemplate jdbc, PolicyCatalog catalog) {
        return new ExecutiveRulesProcessor(CheckRun.load(jdbc, catalog, CheckJobParameters.from(step)));
    }

    @Bean
    @StepScope
    FindingWriter findingWriter(@Value("#{stepExecution}") StepExecution step, DataSource dataSource) {
        CheckJobParameters parameters = CheckJobParameters.from(step);
        return new FindingWriter(dataSource, parameters.runId(), parameters.cycleId());
    }
}
