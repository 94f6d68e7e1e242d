package org.sescert.goalreview;

import org.sescert.goalreview.internal.GoalReviewRun;
import org.sescert.goalreview.internal.GoalReviewSteps;
import org.sescert.jobs.JobSteps;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The PIO's quarterly goal review, top to bottom: every goal assessed and its findings written,
 * the workbook and the PDF into the quarter's folder, then the run marked done.
 */
@Configuration
class GoalReviewJobConfiguration {

    static final String JOB_NAME = GoalReviewSteps.JOB;
    static final String ASSESS_STEP = "goals-review-assess";
    static final String FILES_STEP = "goals-review-files";
    static final String PUBLISH_STEP = "goals-review-publish";

    @Bean
    @JobScope
    GoalReviewRun goalReviewRun(@Value("#{jobExecution}") JobExecution execution, JdbcTemplate jdbc) {
        return GoalReviewRun.load(jdbc, GoalReviewParameters.from(execution.getJobParameters()));
    }

    @Bean(JOB_NAME)
    Job goalReviewJob(JobRepository jobRepository, PlatformTransactionManager transactionManager, JdbcTemplate jdbc, GoalReviewRun run,
                      GoalReviewPdf pdf) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(JobSteps.tasklet(ASSESS_STEP, GoalReviewSteps.assess(jdbc, run), jobRepository, transactionManager))
                .next(JobSteps.tasklet(FILES_STEP, GoalReviewSteps.files(jdbc, run, pdf), jobRepository, transactionManager))
                .next(JobSteps.tasklet(PUBLISH_STEP, GoalReviewSteps.publish(jdbc, run), jobRepository, transactionManager))
                .listener(GoalReviewSteps.failures(jdbc))
                .build();
    }
}
