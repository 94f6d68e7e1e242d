package org.sescert.goalreview.internal;

import java.util.List;

import org.sescert.findings.Finding;
import org.sescert.findings.FindingWriter;
import org.sescert.goalreview.GoalReviewDocument;
import org.sescert.goalreview.GoalReviewParameters;
import org.sescert.goalreview.GoalReviewPdf;
import org.sescert.goals.GoalAssessment;
import org.sescert.output.Manifest;
import org.sescert.system.Version;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** The goal review's steps: the findings, the files, the publish; and the listener that marks a failed run. */
public final class GoalReviewSteps {

    public static final String JOB = "goals-review";

    private GoalReviewSteps() {
    }

    /** Every goal assessed; the run's findings written (a restart writes them afresh, never twice). */
    public static Tasklet assess(JdbcTemplate jdbc, GoalReviewRun run) {
        return (StepContribution contribution, ChunkContext context) -> {
            jdbc.update("delete from goal_finding where run_id = ?", run.runId());
            jdbc.update("delete from goal_review_goal where run_id = ?", run.runId());
            List<GoalAssessment> assessments = run.assessments();
            for (GoalAssessment a : assessments) {
                jdbc.update("insert into goal_review_goal (run_id, goal_id, risk, reasons) values (?, ?, ?, ?)",
                        run.runId(), a.goal().goalId(), a.risk().name(), String.join("; ", a.reasons()));
            }
            List<Finding> findings = assessments.stream().flatMap(a -> a.findings().stream()).toList();
            FindingWriter.write(jdbc.getDataSource(), "goal_finding", run.runId(), run.quarter().toString(), findings);
            return RepeatStatus.FINISHED;
        };
    }

    /** goals-review-&lt;quarter&gt;.xlsx (and the PDF) into the quarter's folder, named in its manifest. */
    public static Tasklet files(JdbcTemplate jdbc, GoalReviewRun run, GoalReviewPdf pdf) {
        return (StepContribution contribution, ChunkContext context) -> {
            List<GoalAssessment> assessments = run.assessments();
            String quarter = run.quarter().toString();
            run.folder().create();
            Manifest manifest = Manifest.of(run.folder()).forLoad(run.data().loadId());
            String workbook = "goals-review-" + quarter + ".xlsx";
            GoalReviewWorkbook.write(run.folder().file(workbook), quarter, assessments);
            manifest.file(workbook, JOB, contribution.getStepExecution().getJobExecutionId());
            String document = "goals-review-" + quarter + ".pdf";
            List<String> inputs = jdbc.query("select name, sha256 from load_input where load_id = ? order by name",
                    (rs, i) -> rs.getString(1) + (rs.getString(2) == null ? "" : " (sha256 " + rs.getString(2) + ")"), run.data().loadId());
            pdf.write(new GoalReviewDocument(quarter, run.data().loadId(), inputs, run.settingsFile().source(), run.settingsFile().sha256(), run.runId(),
                    contribution.getStepExecution().getJobExecutionId(), Version.program(), assessments, run.data().actuals()), run.folder().file(document));
            manifest.file(document, JOB, contribution.getStepExecution().getJobExecutionId());
            manifest.section("goal_review", java.util.Map.of("run_id", run.runId(), "quarter", quarter, "goals_load", run.data().loadId(),
                    "settings_source", run.settingsFile().source(), "settings_sha256", run.settingsFile().sha256()));
            manifest.write(Version.program());
            return RepeatStatus.FINISHED;
        };
    }

    public static Tasklet publish(JdbcTemplate jdbc, GoalReviewRun run) {
        return (StepContribution contribution, ChunkContext context) -> {
            jdbc.update("update goal_review_run set status = 'DONE', finished_at = now(), job_execution_id = ? where run_id = ?",
                    contribution.getStepExecution().getJobExecutionId(), run.runId());
            return RepeatStatus.FINISHED;
        };
    }

    /** A failed review leaves no findings behind and says so in its record, however it was started. */
    public static JobExecutionListener failures(JdbcTemplate jdbc) {
        return new JobExecutionListener() {
            @Override
            public void afterJob(JobExecution execution) {
                if (execution.getStatus() != BatchStatus.COMPLETED) {
                    long runId = GoalReviewParameters.from(execution.getJobParameters()).runId();
                    jdbc.update("delete from goal_finding where run_id = ?", runId);
                    jdbc.update("update goal_review_run set status = 'FAILED', finished_at = now(), job_execution_id = ? where run_id = ? and status = 'STARTED'",
                            execution.getId(), runId);
                }
            }
        };
    }
}
