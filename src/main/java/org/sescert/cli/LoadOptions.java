package org.sescert.cli;

import java.io.PrintWriter;

import org.sescert.importing.ImportOptions;
import org.sescert.importing.ImportOutcome;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options every import shares: how much worse a load may make its subject, and whether rejects make exit 1. */
final class LoadOptions {

    @Option(names = "--allow-rejects", description = "Exit 0 even when rows were rejected (default: exit 1).")
    boolean allowRejects;

    @Option(names = "--max-rejected", paramLabel = "PERCENT", defaultValue = "10",
            description = "Refuse the load when more than this share of any sheet's rows is rejected (default ${DEFAULT-VALUE}).")
    double maxRejected;

    @Option(names = "--max-drop", paramLabel = "PERCENT", defaultValue = "10",
            description = "Refuse the load when its main sheet (executives, goals) has this much fewer rows than the current load (default ${DEFAULT-VALUE}).")
    double maxDrop;

    @Option(names = "--replace", description = "Make the load current even when it would make things worse.")
    boolean replace;

    ImportOptions options(CommandLine cli) {
        if (maxRejected < 0 || maxRejected > 100 || maxDrop < 0 || maxDrop > 100) {
            throw new CommandLine.ParameterException(cli, "--max-rejected and --max-drop are percentages from 0 to 100");
        }
        return new ImportOptions(maxRejected, maxDrop, replace);
    }

    /** Prints the outcome and gives the exit code: 2 for a refused load, 1 for rejects unless allowed, else 0. */
    int finish(ImportOutcome outcome, String database, PrintWriter out, PrintWriter err) {
        ImportSummary.print(outcome, database, out, err);
        if (outcome.refused()) {
            err.println("sescert: " + ImportSummary.refusal(outcome));
            return ExitCodes.UNUSABLE;
        }
        if (outcome.rejectedRows() > 0 && !allowRejects) {
            out.println("Exit 1: " + outcome.rejectedRows() + " rows were rejected (the load is current without them); --allow-rejects makes this exit 0.");
            return ExitCodes.FINDINGS;
        }
        return ExitCodes.OK;
    }
}
