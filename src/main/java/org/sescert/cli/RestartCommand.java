package org.sescert.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.sescert.checking.CycleChecker;
import org.sescert.goalreview.GoalReviewer;
import org.sescert.importing.CycleImporter;
import org.sescert.importing.GoalsImporter;
import org.sescert.importing.ImportOutcome;
import org.sescert.jobs.JobRunner;
import org.sescert.operations.CycleCloser;
import org.sescert.operations.DefinedJobs;
import org.sescert.reporting.CertificationReporter;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "restart", mixinStandardHelpOptions = true,
        description = {"Resumes a failed or interrupted job execution where it stopped.", "",
                "The steps that completed are not run again; a chunk step resumes after its last commit. An execution whose",
                "process was killed (INTERRUPTED in sescert jobs) is marked failed first. When it completes, it prints what the",
                "job's own command would have printed (the load, the findings, the package)."})
final class RestartCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EXECUTION_ID", description = "The execution to resume (sescert jobs lists them).")
    long executionId;

    @Override
    public Integer call() throws java.io.IOException {
        try (ConfigurableApplicationContext app = Application.start()) {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            String database = Application.database(app);
            JobExecution execution = app.getBean(JobRunner.class).restart(executionId);
            String job = execution.getJobInstance().getJobName();
            out.printf("Restarted %s execution %d (%s) as execution %d: %s%n", job, executionId,
                    JobRunner.subjectOf(execution.getJobParameters()).label(), execution.getId(), execution.getStatus());
            switch (job) {
                case "cycle-import", "goals-import" -> {
                    ImportOutcome outcome = job.equals("cycle-import") ? app.getBean(CycleImporter.class).outcomeOf(execution)
                            : app.getBean(GoalsImporter.class).outcomeOf(execution);
                    ImportSummary.print(outcome, database, out, err);
                    if (outcome.refused()) {
                        err.println("sescert: " + ImportSummary.refusal(outcome));
                        return ExitCodes.UNUSABLE;
                    }
                }
                case "cycle-check" -> CheckSummary.print(app.getBean(CycleChecker.class).outcomeOf(execution), database, out);
                case "certification-report" -> ReportCommand.print(app.getBean(CertificationReporter.class).outcomeOf(execution), database, out);
                case "goals-review" -> GoalReviewSummary.print(app.getBean(GoalReviewer.class).outcomeOf(execution), database, out);
                case "cycle-close" -> {
                    CycleCloser.CloseOutcome close = app.getBean(CycleCloser.class).outcomeOf(execution);
                    out.println("  " + close.describe());
                    app.getBean(DefinedJobs.class).settle(close).ifPresent(file -> out.println("  The workbook moved to " + file));
                    if (close.refused()) {
                        return ExitCodes.UNUSABLE;
                    }
                }
            }
            out.flush();
            return ExitCodes.OK;
        }
    }
}
