package org.sescert.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.sescert.importing.GoalsImporter;
import org.sescert.importing.ImportOptions;
import org.sescert.importing.ImportOutcome;
import org.sescert.importing.ImportSource;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "goals", mixinStandardHelpOptions = true,
        description = {"Imports the PIO's priority-goals workbook.", "",
                "sescert goals import FILE.xlsx|DIR loads the goals, indicators and their quarterly actuals, milestones,",
                "contributors and strategies as a new load of the agency's goals; sescert report goals reviews a quarter."},
        subcommands = GoalsCommand.ImportGoals.class)
final class GoalsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Imports a goals workbook, or a folder or .zip of its CSV files, as a new load of the goals.", "",
                    "Every bad row is rejected with its file, sheet, row, column and reason, into out/GOALS/rejects.csv and rejects.xlsx.",
                    "The load becomes current only when it does not make the goals worse (as for a cycle: see sescert import --help)."})
    static final class ImportGoals implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE.xlsx|DIR|FILE.zip", description = "The goals workbook, or its CSV files.")
        Path input;

        @CommandLine.Mixin
        LoadOptions load;

        @Override
        public Integer call() {
            ImportOptions options = load.options(spec.commandLine());
            if (!Files.exists(input)) {
                throw new CommandLine.ParameterException(spec.commandLine(), input + " does not exist");
            }
            ImportSource source = ImportSource.file(input);
            GoalsImporter.inspect(source);
            try (ConfigurableApplicationContext app = Application.start()) {
                ImportOutcome outcome = app.getBean(GoalsImporter.class).importGoals(source, options);
                return load.finish(outcome, Application.database(app), spec.commandLine().getOut(), spec.commandLine().getErr());
            }
        }
    }
}
