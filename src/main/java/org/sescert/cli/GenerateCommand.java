package org.sescert.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.sescert.generate.CycleFiles;
import org.sescert.generate.CycleGenerator;
import org.sescert.generate.SampleDefects;
import org.sescert.generate.SyntheticCycle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a synthetic, realistic cycle for demos and benchmarks.", "",
                "DIR/NAME.xlsx, the same as CSV files in DIR/csv/, and DIR/source-db.sql, which fills a source schema for",
                "import --from-db. The same seed gives the same files."})
final class GenerateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--executives", paramLabel = "N", description = "How many executives.")
    Integer executives;

    @Option(names = "--goals", description = "Write the sample priority-goals workbook instead (DIR/sample-goals.xlsx and DIR/goals-csv/).")
    boolean goals;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "2026", description = "Random seed; the same seed gives the same cycle (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--format", paramLabel = "xlsx|csv|sql|all", defaultValue = "all", description = "What to write (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "cycle", description = "Workbook name (default ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--sample-defects", description = "Plant the sample cycle's documented defects (sample-data/README.md).")
    boolean sampleDefects;

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder to write into.")
    Path dir;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        if (goals) {
            org.sescert.generate.SampleGoals sample = org.sescert.generate.SampleGoals.build();
            Files.createDirectories(dir);
            sample.writeXlsx(dir.resolve("sample-goals.xlsx"));
            sample.writeCsv(dir.resolve("goals-csv"));
            out.println("Wrote " + dir.resolve("sample-goals.xlsx") + " and " + dir.resolve("goals-csv"));
            return ExitCodes.OK;
        }
        if (executives == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --executives N (or --goals for the sample goals workbook)");
        }
        if (!java.util.List.of("xlsx", "csv", "sql", "all").contains(format)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format must be xlsx, csv, sql or all");
        }
        if (executives < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--executives must be at least 1");
        }
        if (sampleDefects && executives < 300) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--sample-defects needs at least 300 executives");
        }
        SyntheticCycle cycle = new CycleGenerator(seed).generate(executives);
        if (sampleDefects) {
            SampleDefects.apply(cycle);
        }
        Files.createDirectories(dir);
        if (format.equals("xlsx") || format.equals("all")) {
            CycleFiles.writeXlsx(cycle, dir.resolve(name + ".xlsx"));
            out.println("Wrote " + dir.resolve(name + ".xlsx"));
        }
        if (format.equals("csv") || format.equals("all")) {
            CycleFiles.writeCsv(cycle, dir.resolve("csv"));
            out.println("Wrote " + dir.resolve("csv"));
        }
        if (format.equals("sql") || format.equals("all")) {
            CycleFiles.writeSql(cycle, dir.resolve("source-db.sql"), "sescert_source");
            out.println("Wrote " + dir.resolve("source-db.sql"));
        }
        return ExitCodes.OK;
    }
}
