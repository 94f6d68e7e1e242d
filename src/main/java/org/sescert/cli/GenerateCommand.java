package org.sescert.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.sescert.generate.CycleFiles;
import org.sescert.generate.CycleGenerator;
import org.sescert.generate.CycleShape;
import org.sescert.generate.CycleSink;
import org.sescert.generate.LevelShares;
import org.sescert.generate.SampleDefects;
import org.sescert.generate.SyntheticCycle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a synthetic, realistic cycle for demos and benchmarks.", "",
                "DIR/NAME.xlsx, the same as CSV files in DIR/csv/, and DIR/source-db.sql, which fills a source schema for",
                "import --from-db; with --cycles C, one such folder per cycle (DIR/FY2026/, DIR/FY2025/, ...). A department",
                "sized from N: 8 to 30 components, a rating official per nine executives, pay pools of about 2,500, a PRB per",
                "component, final levels as --level-shares asks. Streams: any N takes the same memory. The same seed gives",
                "the same files."})
final class GenerateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--executives", paramLabel = "N", description = "How many executives.")
    Integer executives;

    @Option(names = "--cycles", paramLabel = "C", defaultValue = "1", description = "How many cycles, FY2026 and the years before it (default ${DEFAULT-VALUE}).")
    int cycles;

    @Option(names = "--goals", description = "Write the sample priority-goals workbook instead (DIR/sample-goals.xlsx and DIR/goals-csv/).")
    boolean goals;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "2026", description = "Random seed; the same seed gives the same cycle (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--format", paramLabel = "xlsx|csv|sql|all", defaultValue = "all", description = "What to write (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "cycle", description = "Workbook name (default ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--level-shares", paramLabel = "L5,L4,L3,L2,L1", defaultValue = "64,32,3.4,0.4,0.2",
            description = "Final levels in percent, Level 5 first (default ${DEFAULT-VALUE}, as in recent real SES cycles).")
    String levelShares;

    @Option(names = "--plant", paramLabel = "PATTERN", split = ",",
            description = "Plant patterns for the analytics: quota, inversion, curve, nodistinction (comma-separated).")
    List<String> plant = new ArrayList<>();

    @Option(names = "--sample-defects", description = "The sample agency (8 components, 3 PRBs) with the sample cycle's documented defects (sample-data/README.md).")
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
            throw usage("give --executives N (or --goals for the sample goals workbook)");
        }
        if (!List.of("xlsx", "csv", "sql", "all").contains(format)) {
            throw usage("--format must be xlsx, csv, sql or all");
        }
        if (executives < 1) {
            throw usage("--executives must be at least 1");
        }
        if (cycles < 1 || cycles > 10) {
            throw usage("--cycles must be 1 to 10");
        }
        if (sampleDefects && (executives < 300 || cycles > 1 || !plant.isEmpty())) {
            throw usage("--sample-defects needs at least 300 executives, one cycle and no --plant");
        }
        boolean xlsx = format.equals("xlsx") || format.equals("all");
        // The Elements sheet: a header row and five rows an executive, within a worksheet's rows.
        if (xlsx && 5L * executives + 1 > CycleFiles.MAX_SHEET_ROWS) {
            throw usage("a workbook's Elements sheet holds at most " + (CycleFiles.MAX_SHEET_ROWS - 1) / 5
                    + " executives (five rows each); use --format csv or sql");
        }
        Set<CycleGenerator.Plant> plants = EnumSet.noneOf(CycleGenerator.Plant.class);
        for (String p : plant) {
            try {
                plants.add(CycleGenerator.Plant.valueOf(p.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw usage("--plant takes quota, inversion, curve or nodistinction, not " + p);
            }
        }
        LevelShares shares;
        try {
            shares = LevelShares.parse(levelShares);
        } catch (IllegalArgumentException e) {
            throw usage("--level-shares: " + e.getMessage());
        }
        for (int back = 0; back < cycles; back++) {
            Path folder = cycles == 1 ? dir : dir.resolve("FY" + (2026 - back));
            Files.createDirectories(folder);
            CycleSink sink = sinks(folder);
            if (sampleDefects) {
                SyntheticCycle cycle = new CycleGenerator(seed).generate(executives);
                SampleDefects.apply(cycle);
                cycle.writeTo(sink);
            } else {
                try (sink) {
                    new CycleGenerator(seed + back, CycleShape.department(executives, shares), plants, back).write(executives, sink);
                }
            }
        }
        return ExitCodes.OK;
    }

    private CycleSink sinks(Path folder) throws java.io.IOException {
        var out = spec.commandLine().getOut();
        List<CycleSink> sinks = new ArrayList<>();
        if (format.equals("xlsx") || format.equals("all")) {
            sinks.add(CycleFiles.xlsx(folder.resolve(name + ".xlsx")));
            out.println("Writing " + folder.resolve(name + ".xlsx"));
        }
        if (format.equals("csv") || format.equals("all")) {
            sinks.add(CycleFiles.csv(folder.resolve("csv")));
            out.println("Writing " + folder.resolve("csv"));
        }
        if (format.equals("sql") || format.equals("all")) {
            sinks.add(CycleFiles.sql(folder.resolve("source-db.sql"), "sescert_source"));
            out.println("Writing " + folder.resolve("source-db.sql"));
        }
        return sinks.size() == 1 ? sinks.get(0) : CycleFiles.all(sinks);
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
