package org.sescert.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.sescert.importing.CycleTemplate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Writes a blank cycle workbook: every sheet and column, an Instructions sheet, drop-down lists for coded columns.")
final class TemplateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.xlsx", description = "Where to write the workbook.")
    Path file;

    @Override
    public Integer call() throws Exception {
        if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "the template is an .xlsx workbook; name the file FILE.xlsx");
        }
        try {
            CycleTemplate.write(file);
        } catch (java.io.IOException e) {
            spec.commandLine().getErr().println("sescert: cannot write " + file + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ").");
            return ExitCodes.UNUSABLE;
        }
        spec.commandLine().getOut().println("Wrote the blank cycle workbook to " + file);
        return ExitCodes.OK;
    }
}
