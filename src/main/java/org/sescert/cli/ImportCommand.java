package org.sescert.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.sescert.importing.CycleImporter;
import org.sescert.importing.ImportOutcome;
import org.sescert.importing.ImportSource;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {
                "Imports a cycle: an .xlsx workbook, a folder or .zip of CSV files named after the sheets, or a source database.",
                "Every bad row is rejected with its file, sheet, row, column and reason, into out/<cycle>/rejects.csv and rejects.xlsx.",
                "Re-importing a cycle replaces its data in one transaction.",
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

    @Option(names = "--allow-rejects", description = "Exit 0 even when rows were rejected (default: exit 1).")
    boolean allowRejects;

    @Override
    public Integer call() {
        if ((input == null) == (fromDb == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give either a file or folder to import, or --from-db JDBC_URL");
        }
        if (sourceSchema != null && fromDb == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--source-schema goes with --from-db");
        }
        ImportSource source = fromDb != null ? ImportSource.database(fromDb, sourceSchema) : ImportSource.file(input);
        try (ConfigurableApplicationContext app = Application.start()) {
            ImportOutcome outcome = app.getBean(CycleImporter.class).importCycle(source, cycle);
            ImportSummary.print(outcome, spec.commandLine().getOut(), spec.commandLine().getErr());
            return outcome.rejectedRows() > 0 && !allowRejects ? ExitCodes.FINDINGS : ExitCodes.OK;
        }
    }
}
