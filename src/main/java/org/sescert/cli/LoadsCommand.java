package org.sescert.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.sescert.checking.CycleChecker;
import org.sescert.importing.ImportOutcome;
import org.sescert.importing.CycleImporter;
import org.sescert.importing.LoadHistory;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "loads", mixinStandardHelpOptions = true,
        description = {
                "Lists every load of a cycle, or makes an earlier load current again.",
                "",
                "Each import is a load: when, by whom, from which file and its SHA-256, with its counts, and whether it is the",
                "cycle's current load, an earlier one, or was refused or failed. 'sescert loads use LOAD' goes back to an earlier",
                "load: its data, its rejects and, if it was checked, its findings become the cycle's again."},
        subcommands = LoadsCommand.UseCommand.class)
final class LoadsCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--cycle", paramLabel = "ID", description = "Only this cycle's loads (default: every cycle).")
    String cycle;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext app = Application.start()) {
            List<LoadHistory.Load> loads = app.getBean(LoadHistory.class).list(cycle);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Loads of %s (database: %s)%n", cycle == null ? "every cycle" : "cycle " + cycle, Application.database(app));
            if (loads.isEmpty()) {
                out.println("No loads.");
                return ExitCodes.OK;
            }
            out.printf("  %-6s %-10s %-8s %-16s %-10s %10s %8s  %-24s %s%n", "load", "cycle", "status", "started", "by", "rows",
                    "rejected", "source", "sha256 (first 12)");
            for (LoadHistory.Load load : loads) {
                String status = load.current() ? "CURRENT" : load.status();
                out.printf("  %-6s %-10s %-8s %-16s %-10s %10d %8d  %-24s %s%n", (load.current() ? "*" : " ") + load.loadId(), load.cycleId(),
                        status, load.startedAt().atZoneSameInstant(java.time.ZoneId.systemDefault()).format(WHEN), load.loadedBy(),
                        load.executives(), load.rejected(), load.source(), load.sha256() == null ? "" : load.sha256().substring(0, Math.min(12, load.sha256().length())));
                if (load.refusal() != null) {
                    out.printf("         refused: %s%n", load.refusal());
                }
            }
            out.println("* the cycle's current load. Go back to an earlier one with: sescert loads use LOAD");
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "use", mixinStandardHelpOptions = true,
            description = {"Makes an earlier load its cycle's current load again.", "",
                    "Its data, its rejects files and, if that load was checked, its findings become the cycle's again."})
    static final class UseCommand implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "LOAD", description = "The load to make current (sescert loads lists them).")
        long loadId;

        @Override
        public Integer call() throws Exception {
            try (ConfigurableApplicationContext app = Application.start()) {
                String cycleId = app.getBean(LoadHistory.class).use(loadId);
                ImportOutcome.LoadSummary load = app.getBean(CycleImporter.class).summary(loadId);
                var findings = app.getBean(CycleChecker.class).restoreFindings(cycleId);
                PrintWriter out = spec.commandLine().getOut();
                out.printf("Cycle %s now holds %s (database: %s)%n", cycleId, load, Application.database(app));
                out.println(findings.map(run -> "  Its findings are those of check run " + run + ": " + app.getBean(LoadHistory.class).folder(cycleId).file("findings.csv"))
                        .orElse("  That load was never checked: run sescert check --cycle " + cycleId + "."));
                return ExitCodes.OK;
            }
        }
    }
}
