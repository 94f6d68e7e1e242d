package org.sescert.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.sescert.goalreview.GoalReviewer;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes a report: the PIO's quarterly goal review.", "",
                "sescert report goals --quarter FY2026Q4 reviews the agency's priority goals for a quarter."},
        subcommands = {ReportCommand.Goals.class})
final class ReportCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "goals", mixinStandardHelpOptions = true,
            description = {"Reviews the priority goals for a quarter: risk, likelihood, findings, as PDF and XLSX.", "",
                    "For each goal of the current goals load (sescert goals import): each indicator's progress in the quarter and to",
                    "date, time elapsed, least-squares trend, projection at the target quarter with a prediction interval, and the",
                    "likelihood of meeting the target; overdue milestones, contributors off track, strategies; the goal's risk",
                    "category; and the findings GOAL_HIGH_RISK, GOAL_NO_STRATEGY, GOAL_STALE_DATA, GOAL_MILESTONE_OVERDUE.",
                    "Writes goals-review-<quarter>.pdf and .xlsx to out/<quarter>/ (or --out DIR)."})
    static final class Goals implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--quarter", required = true, paramLabel = "Q", description = "The review quarter, e.g. FY2026Q4 (Q1 is October-December).")
        String quarter;

        @Option(names = "--out", paramLabel = "DIR", description = "Write the files here instead of out/<quarter>/.")
        Path out;

        @Option(names = "--settings", paramLabel = "FILE.yaml", description = "Thresholds other than the shipped ones (see goals/goal-review.yaml).")
        Path settings;

        @Option(names = "--fail-on", paramLabel = "ERROR|WARNING|NEVER", defaultValue = "NEVER", converter = CheckCommand.FailOnConverter.class,
                description = "Exit 1 when there are findings of this severity or worse (default ${DEFAULT-VALUE}).")
        CheckCommand.FailOn failOn;

        @Override
        public Integer call() {
            try {
                org.sescert.goals.Quarter.parse(quarter);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--quarter: " + e.getMessage());
            }
            try (ConfigurableApplicationContext app = Application.start()) {
                GoalReviewer.GoalReviewOutcome outcome = app.getBean(GoalReviewer.class).review(quarter, settings, out);
                PrintWriter console = spec.commandLine().getOut();
                GoalReviewSummary.print(outcome, Application.database(app), console);
                long errors = count(outcome.findingsBySeverity(), "ERROR");
                long warnings = count(outcome.findingsBySeverity(), "WARNING");
                boolean fail = failOn == CheckCommand.FailOn.ERROR ? errors > 0 : failOn == CheckCommand.FailOn.WARNING && errors + warnings > 0;
                if (fail) {
                    console.println("Exit 1: " + (failOn == CheckCommand.FailOn.ERROR ? errors + " ERROR" : errors + warnings + " ERROR or WARNING")
                            + " findings (--fail-on " + failOn + "); --fail-on NEVER makes this exit 0.");
                    return ExitCodes.FINDINGS;
                }
                return ExitCodes.OK;
            }
        }

        private static long count(Map<String, Long> bySeverity, String severity) {
            return bySeverity.getOrDefault(severity, 0L);
        }
    }
}
