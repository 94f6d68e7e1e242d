package org.sescert.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Past one machine: a check whose executives step is split over two worker processes (remote
 * partitioning, the partition requests carried by a queue table in the shared database, no broker)
 * gives exactly the findings of the same check in one process. Everything runs through the real
 * launcher: the embedded database shared on a port ({@code sescert database}), two
 * {@code sescert worker}s, and the manager, a {@code sescert check} with SESCERT_PARTITIONING=remote.
 */
class RemotePartitioningIT {

    private static final Pattern PARTITION_DONE = Pattern.compile("partition (check-executives-partition:partition\\d+) \\(step execution \\d+\\) COMPLETED");

    @TempDir
    Path temp;

    @Test
    void aCheckSplitOverTwoWorkerProcessesFindsExactlyWhatOneProcessFinds() throws Exception {
        Launcher sescert = new Launcher(temp.resolve("home"));
        Path work = temp.resolve("work");
        int port = freePort();
        Map<String, String> shared = Map.of("SESCERT_DB_URL", "jdbc:postgresql://localhost:" + port + "/postgres", "SESCERT_DB_USER", "postgres");
        List<Process> processes = new ArrayList<>();
        try {
            Path databaseLog = temp.resolve("database.log");
            processes.add(sescert.serve(Map.of(), work, databaseLog, "database", "--port", Integer.toString(port)));
            await(databaseLog, "is listening on localhost:" + port);

            // A cycle large enough that each partition takes a moment, so both workers get some.
            assertThat(sescert.run(work, "generate", "--executives", "8000", "--seed", "13", "--format", "csv", "gen").exitCode()).isZero();
            assertThat(sescert.run(shared, work, "import", "--allow-rejects", work.resolve("gen/csv").toString()).exitCode()).isZero();
            assertThat(sescert.run(shared, work, "check", "--cycle", "FY2026", "--fail-on", "never").exitCode()).isZero();
            List<String> oneProcess = findingsOfTheLatestRun(port);

            Path worker1 = temp.resolve("worker1.log");
            Path worker2 = temp.resolve("worker2.log");
            processes.add(sescert.serve(shared, work, worker1, "worker"));
            processes.add(sescert.serve(shared, work, worker2, "worker"));
            await(worker1, "takes partitions");
            await(worker2, "takes partitions");
            Map<String, String> manager = new java.util.HashMap<>(shared);
            manager.put("SESCERT_PARTITIONING", "remote");
            manager.put("SESCERT_PARTITIONS", "8");
            Launcher.Result remote = sescert.run(manager, work, "check", "--cycle", "FY2026", "--fail-on", "never");
            assertThat(remote.exitCode()).as(remote.err()).isZero();
            List<String> twoWorkers = findingsOfTheLatestRun(port);

            assertThat(twoWorkers).hasSizeGreaterThan(100).isEqualTo(oneProcess);
            List<String> byWorker1 = partitionsDone(worker1);
            List<String> byWorker2 = partitionsDone(worker2);
            assertThat(byWorker1).as("partitions run by worker 1").isNotEmpty();
            assertThat(byWorker2).as("partitions run by worker 2").isNotEmpty();
            List<String> all = new ArrayList<>(byWorker1);
            all.addAll(byWorker2);
            assertThat(all).as("each of the 8 partitions ran once, in a worker").hasSize(8).doesNotHaveDuplicates();
        } finally {
            // Workers first (each finishes its partition), the database last.
            for (int i = processes.size() - 1; i >= 0; i--) {
                processes.get(i).destroy();
                processes.get(i).waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(60), java.util.concurrent.TimeUnit.MILLISECONDS);
            }
        }
    }

    /** Every finding of the latest check run, without the run id, in a stable order. */
    private static List<String> findingsOfTheLatestRun(int port) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", null);
             Statement statement = db.createStatement();
             ResultSet rs = statement.executeQuery("""
                     select concat_ws('|', cycle_id, rule, severity, scope, subject, message, evidence) from finding
                     where run_id = (select max(run_id) from check_run where status = 'DONE') order by 1""")) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    private static List<String> partitionsDone(Path log) throws IOException {
        List<String> done = new ArrayList<>();
        Matcher m = PARTITION_DONE.matcher(Files.readString(log));
        while (m.find()) {
            done.add(m.group(1));
        }
        return done;
    }

    private static void await(Path log, String line) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(log) && Files.readString(log).contains(line)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no '" + line + "' in " + log + ":\n" + (Files.exists(log) ? Files.readString(log) : "(no log)"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
