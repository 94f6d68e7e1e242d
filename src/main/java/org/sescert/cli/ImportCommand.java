package org.sescert.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.sescert.importing.CycleImporter;
import org.sescert.importing.ImportOptions;
import org.sescert.importing.ImportOutcome;
import org.sescert.importing.ImportSource;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {
                "Imports a cycle as a new load: from a workbook, CSV files or a source database.",
                "",
                "The input is an .xlsx workbook, a folder or .zip of CSV files named after the sheets, or a source database.",
                "Every bad row is rejected with its file, sheet, row, column and reason, into out/<cycle>/rejects.csv and rejects.xlsx.",
                "The load becomes the cycle's current load only when it does not make the cycle worse: every sheet keeps its rows,",
                "at most --max-rejected % of any sheet's rows are rejected, executives drop by at most --max-drop %, and they have",
                "final ratings. Otherwise it is refused (exit 2), the current load stays, and its rejects go to",
                "out/<cycle>/refused-load-<n>/. Earlier loads stay in the database: see sescert loads.",
                "Source database credentials: SESCERT_SOURCE_DB_USER and SESCERT_SOURCE_DB_PASSWORD."})
final class ImportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE.xlsx|DIR|FILE.zip", description = "The cycle workbook, or CSV files.")
    Path input;

    @Option(names = "--cycle", paramLabel = "ID", description = "The cycle expected (e.g. FY2026); the import stops if the input names another.")
    String cycle;

    @Option(names = "--from-db", paramLabel = "JDBC_URL", description = "Read the cycle from this database instead of a file.")
    String fromDb;

    @Option(names = "--source-schema", paramLabel = "S", description = "Schema of the source tables (with --from-db).")
    String sourceSchema;

    @CommandLine.Mixin
    LoadOptions load;

    @Override
    public Integer call() {
        if ((input == null) == (fromDb == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give either a file or folder to import, or --from-db JDBC_URL");
        }
        if (sourceSchema != null && fromDb == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--source-schema goes with --from-db");
        }
        if (sourceSchema != null && !org.sescert.system.SqlIdentifier.isSafe(sourceSchema)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--source-schema '" + sourceSchema
                    + "' is not a plain SQL name: use letters, digits and underscores only, starting with a letter");
        }
        if (input != null && !Files.exists(input)) {
            throw new CommandLine.ParameterException(spec.commandLine(), input + " does not exist");
        }
        ImportOptions options = load.options(spec.commandLine());
        ImportSource source = fromDb != null ? ImportSource.database(fromDb, sourceSchema) : ImportSource.file(input);
        // Everything the file alone can tell, before the database starts.
        CycleImporter.inspect(source, cycle);
        try (ConfigurableApplicationContext app = Application.start()) {
            ImportOutcome outcome = app.getBean(CycleImporter.class).importCycle(source, cycle, options);
            return load.finish(outcome, Application.database(app), spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }
}
