package org.sescert.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.sescert.goalreview.GoalReviewer;
import org.sescert.output.OutputFolder;
import org.sescert.reporting.CertificationOutcome;
import org.sescert.reporting.CertificationReporter;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes a report: the certification evidence package, or the PIO's goal review.", "",
                "  sescert report certification --cycle ID [--out DIR]", "    the certification evidence package of a checked cycle",
                "  sescert report goals --quarter FY2026Q4 [--out DIR]", "    the PIO's quarterly review of the priority goals", ""},
        subcommands = {ReportCommand.Certification.class, ReportCommand.Goals.class})
final class ReportCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say which report: certification or goals");
    }

    @Command(name = "certification", mixinStandardHelpOptions = true,
            description = {
                    "Writes the certification evidence package of a checked cycle.",
                    "",
                    "From the cycle's current load and the check of that load, it writes:",
                    "  certification-evidence.pdf   cover, one section per certification",
                    "                               criterion of 5 CFR 430.404, distributions,",
                    "                               pay, organizational assessment, compliance,",
                    "                               every finding with its evidence",
                    "  opm-1558.xlsx                OPM Form 1558, Parts A and B",
                    "  findings.xlsx, findings.csv  every finding",
                    "  rejects.xlsx, rejects.csv    the load's rejected rows, when any",
                    "  distribution-disclosure.pdf  for executives; small cells suppressed",
                    "  manifest.json                inputs, policy, hashes, job, counts",
                    ""})
    static final class Certification implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--cycle", required = true, paramLabel = "ID", description = "The cycle, e.g. FY2026; check it first (sescert check).")
        String cycle;

        @Option(names = "--out", paramLabel = "DIR", description = "Folder to write the package to (default: out/<cycle>/, beside the cycle's other outputs).")
        Path out;

        @Override
        public Integer call() {
            if (!OutputFolder.SAFE_NAME.matcher(cycle).matches()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--cycle '" + cycle + "' is not a cycle id (letters, digits, '.', '_' and '-')");
            }
            try (ConfigurableApplicationContext app = Application.start()) {
                CertificationOutcome outcome = app.getBean(CertificationReporter.class).report(cycle, out);
                print(outcome, Application.database(app), spec.commandLine().getOut());
                return ExitCodes.OK;
            }
        }
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

    /** What the package holds and where; shared with the demo. */
    static void print(CertificationOutcome outcome, String database, PrintWriter out) {
        out.printf("Certification evidence package of cycle %s (report run %d, job execution %d; load %d, check run %d; database: %s)%n",
                outcome.cycleId(), outcome.runId(), outcome.jobExecutionId(), outcome.loadId(), outcome.checkRunId(), database);
        out.printf("  %,d executives, %,d rated; findings: %,d ERROR, %,d WARNING, %,d INFO%n", outcome.executives(), outcome.rated(),
                outcome.findingsBySeverity().getOrDefault("ERROR", 0L), outcome.findingsBySeverity().getOrDefault("WARNING", 0L),
                outcome.findingsBySeverity().getOrDefault("INFO", 0L));
        for (String file : outcome.files()) {
            CertificationOutcome.Rendering r = outcome.renderings().get(file);
            out.printf("  %-28s %s%n", file, r == null ? describe(file)
                    : String.format(Locale.US, "%d %s (fill %.1f s, export %.1f s)", r.pages(), r.pages() == 1 ? "page" : "pages", r.fillMillis() / 1000.0, r.exportMillis() / 1000.0));
        }
        out.printf("  %-28s %s%n", "manifest.json", "inputs and hashes, policy and hash, program, job execution, counts");
        out.println("Written to " + outcome.folder());
        out.flush();
    }

    private static String describe(String file) {
        return switch (file) {
            case "opm-1558.xlsx" -> "OPM Form 1558: Part A (agency, cycle, counts), Part B (one row per rated executive)";
            case "findings.xlsx", "findings.csv" -> "every finding with its evidence, by severity, rule, subject";
            case "rejects.xlsx", "rejects.csv" -> "the load's rejected rows";
            default -> "";
        };
    }
}
