package org.sescert.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.sescert.importing.CycleTemplate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "template", mixinStandardHelpOptions = true,
        description = {
                "Writes a blank cycle workbook (or with --goals the goals workbook) to fill in.",
                "",
                "Every sheet and column, an Instructions sheet, and drop-down lists for coded columns. An existing file is",
                "never overwritten unless --force is given."})
final class TemplateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.xlsx", description = "Where to write the workbook.")
    Path file;

    @Option(names = "--force", description = "Overwrite FILE.xlsx if it exists.")
    boolean force;

    @Option(names = "--goals", description = "Write the PIO's priority-goals workbook instead of the cycle workbook.")
    boolean goals;

    @Override
    public Integer call() throws Exception {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "the template is an .xlsx workbook; name the file FILE.xlsx");
        }
        if (Files.exists(file) && !force) {
            throw new CommandLine.ParameterException(spec.commandLine(), file + " exists and may hold a filled workbook; give --force to overwrite it");
        }
        try {
            if (goals) {
                CycleTemplate.writeGoals(file);
            } else {
                CycleTemplate.write(file);
            }
        } catch (java.io.IOException e) {
            spec.commandLine().getErr().println("sescert: cannot write " + file + " (" + e.getMessage() + ").");
            return ExitCodes.UNUSABLE;
        }
        spec.commandLine().getOut().println("Wrote the blank " + (goals ? "goals" : "cycle") + " workbook to " + file);
        return ExitCodes.OK;
    }
}
