package org.sescert.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.sescert.goalreview.GoalReviewer;
import org.sescert.importing.CycleImporter;
import org.sescert.importing.GoalsImporter;
import org.sescert.importing.ImportOptions;
import org.sescert.importing.ImportOutcome;
import org.sescert.importing.ImportSource;
import org.sescert.checking.CycleChecker;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {
                "Runs the product on the sample cycle and the sample goals, and says what it found.",
                "",
                "Imports sample-data/sample-cycle.xlsx into the database (the embedded one unless SESCERT_DB_URL is set),",
                "checks every rating, and says what it found and where the outputs are."})
final class DemoCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The sample goals' latest quarter with data. */
    private static final String SAMPLE_QUARTER = "FY2026Q4";

    @Option(names = "--sample-data", paramLabel = "DIR", description = "Folder holding the sample (default: sample-data beside the program).")
    Path sampleData;

    @Override
    public Integer call() {
        Path workbook = sampleFolder().resolve("sample-cycle.xlsx");
        if (!Files.isRegularFile(workbook)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no sample workbook at " + workbook + "; give --sample-data DIR");
        }
        var out = spec.commandLine().getOut();
        out.println("sescert demo: importing the sample cycle " + workbook);
        try (ConfigurableApplicationContext app = Application.start()) {
            ImportOutcome outcome = app.getBean(CycleImporter.class).importCycle(ImportSource.file(workbook), null);
            String database = Application.database(app);
            ImportSummary.print(outcome, database, out, spec.commandLine().getErr());
            out.println();
            out.println("sescert demo: checking every rating of cycle " + outcome.cycleId());
            CheckSummary.print(app.getBean(CycleChecker.class).check(outcome.cycleId(), null), database, out);
            out.println();
            out.println("sescert demo: writing the certification evidence package of cycle " + outcome.cycleId());
            ReportCommand.print(app.getBean(org.sescert.reporting.CertificationReporter.class).report(outcome.cycleId(), null), database, out);
            out.println();
            Path goals = sampleFolder().resolve("sample-goals.xlsx");
            out.println("sescert demo: importing the sample priority goals " + goals);
            ImportSummary.print(app.getBean(GoalsImporter.class).importGoals(ImportSource.file(goals), ImportOptions.defaults()), database, out,
                    spec.commandLine().getErr());
            out.println();
            out.println("sescert demo: reviewing the priority goals for " + SAMPLE_QUARTER);
            GoalReviewer.GoalReviewOutcome review = app.getBean(GoalReviewer.class).review(SAMPLE_QUARTER, null, null);
            GoalReviewSummary.print(review, database, out);
            out.println();
            out.println("The sample has deliberate defects (see sample-data/README.md): the rejects and findings above are those.");
            out.println("Outputs are under " + outcome.outputDir().toAbsolutePath() + " and " + review.folder().toAbsolutePath() + ".");
        }
        return ExitCodes.OK;
    }

    private Path sampleFolder() {
        if (sampleData != null) {
            return sampleData;
        }
        String home = System.getenv("SESCERT_HOME");
        return home != null ? Path.of(home, "sample-data") : Path.of("sample-data");
    }
}
