package org.sescert.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.sescert.system.DataFolder;
import org.sescert.system.DatabaseServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "database", mixinStandardHelpOptions = true,
        description = {"Runs the embedded PostgreSQL in the foreground, on a fixed port, until stopped (Ctrl-C).", "",
                "For several processes on one machine that share the embedded database (a manager and its workers, a",
                "benchmark): give each SESCERT_DB_URL=jdbc:postgresql://localhost:PORT/postgres and SESCERT_DB_USER=postgres.",
                "Its data is the data folder's, as every other command's."})
final class DatabaseCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "5433", description = "Port on localhost (default ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws Exception {
        Path dataDir = DataFolder.resolve().resolve("postgres");
        CountDownLatch stopped = new CountDownLatch(1);
        DatabaseServer server = DatabaseServer.embedded(dataDir, port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                // stopping anyway
            }
            stopped.countDown();
        }));
        var out = spec.commandLine().getOut();
        out.println("sescert: embedded PostgreSQL in " + dataDir + " is listening on localhost:" + port
                + "; SESCERT_DB_URL=jdbc:postgresql://localhost:" + port + "/postgres SESCERT_DB_USER=postgres. Ctrl-C stops it.");
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
