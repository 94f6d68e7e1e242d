package org.sescert.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sescert.generate.CycleFiles;
import org.sescert.generate.CycleGenerator;
import org.sescert.system.DatabaseServer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The operator's side, through the real launcher: processes killed with SIGKILL in the middle of
 * an import or a check and restarted end with the same tables as a clean run; two schedulers on
 * one database fire each trigger once; a second run for a cycle refuses while the first goes on.
 * The test owns one PostgreSQL server (a database per scenario), as an agency's server would be.
 */
class OperatorScenariosIT {

    /** Big enough that every kill point below lasts long enough to be hit (the import's sheets take seconds). */
    private static final int EXECUTIVES = 6000;
    /** Chunks of 2,000 rows (10,000 by default), so that a kill point falls inside a sheet of the test's workbook. */
    private static final Map<String, String> SMALL_CHUNKS = Map.of("SESCERT_IMPORT_CHUNK_SIZE", "2000");

    private static DatabaseServer server;
    private static Path sharedFolder;
    private static Path bigWorkbook;

    @TempDir
    Path temp;

    @BeforeAll
    static void startServer() throws IOException {
        server = DatabaseServer.embedded(null);
        sharedFolder = Files.createTempDirectory("sescert-operator");
        bigWorkbook = sharedFolder.resolve("big-cycle.xlsx");
        CycleFiles.writeXlsx(new CycleGenerator(2026).generate(EXECUTIVES), bigWorkbook);
    }

    @AfterAll
    static void stopServer() throws IOException {
        server.close();
        org.apache.commons.io.file.PathUtils.deleteDirectory(sharedFolder);
    }

    /** A fresh database on the shared server, and the launcher pointed at it. */
    private record Database(String url, JdbcTemplate jdbc) {
    }

    private static Database database(String name) {
        new JdbcTemplate(new DriverManagerDataSource(server.jdbcUrl(), server.user(), "")).execute("create database " + name);
        String url = server.jdbcUrl().replaceFirst("/postgres(\\?|$)", "/" + name + "$1");
        return new Database(url, new JdbcTemplate(new DriverManagerDataSource(url, server.user(), "")));
    }

    private Launcher launcher(String home, Database db) {
        return new Launcher(temp.resolve(home)).onDatabase(db.url(), server.user());
    }

    // ---------------------------------------------------------------------------------------------
    // kill -9 and restart

    @Test
    void importsAndChecksKilledAtSeveralPointsAndRestartedEndWithTheTablesOfACleanRun() throws Exception {
        Database clean = database("clean");
        Path cleanWork = temp.resolve("clean");
        Launcher cleanRun = launcher("home-clean", clean);
        assertThat(cleanRun.run(cleanWork, "import", "--allow-rejects", bigWorkbook.toString()).exitCode()).isZero();
        assertThat(cleanRun.run(cleanWork, "check", "--cycle", "FY2026", "--fail-on", "never").exitCode()).isZero();

        Database faulted = database("faulted");
        Path work = temp.resolve("faulted");
        Launcher sescert = launcher("home-faulted", faulted);

        // The import: killed in the middle of a sheet (after two commits), its restart killed once the
        // sheets are staged and the whole-load steps run, and that restart's restart left to finish.
        long execution = killWhen(sescert.start(SMALL_CHUNKS, work, "import", "--allow-rejects", bigWorkbook.toString()), faulted, "cycle-import",
                "s.step_name = 'import-Elements' and s.status = 'STARTED' and s.commit_count >= 2");
        Launcher.Result jobs = sescert.run(work, "jobs");
        assertThat(jobs.out()).containsPattern("\\s" + execution + "\\s+cycle-import\\s+cycle FY2026\\s+INTERRUPTED");
        execution = killWhen(sescert.start(work, "restart", Long.toString(execution)), faulted, "cycle-import",
                "s.step_name in ('import-reconcile', 'import-gate', 'import-publish', 'import-outputs')");
        Launcher.Result imported = sescert.run(work, "restart", Long.toString(execution));
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Restarted cycle-import execution " + execution).contains("Imported cycle FY2026")
                .contains("(load 1, job execution");

        // The check: killed in the middle of the executives, then in the analytics.
        execution = killWhen(sescert.start(work, "check", "--cycle", "FY2026", "--fail-on", "never"), faulted, "cycle-check",
                "s.step_name like 'check-executives-partition:%' and s.status = 'STARTED' and s.commit_count >= 1");
        execution = killWhen(sescert.start(work, "restart", Long.toString(execution)), faulted, "cycle-check",
                "s.step_name in ('check-distribution', 'check-org-assessment', 'check-pay-patterns', 'check-executive-pay', 'check-export')");
        Launcher.Result checked = sescert.run(work, "restart", Long.toString(execution));
        assertThat(checked.exitCode()).as(checked.err()).isZero();
        assertThat(checked.out()).contains("Restarted cycle-check execution " + execution);

        Map<String, String> expected = checksums(clean.jdbc());
        Map<String, String> actual = checksums(faulted.jdbc());
        assertThat(expected).containsKeys("load_executive", "load_element_rating", "reject", "finding", "load_sheet_count");
        assertThat(actual).isEqualTo(expected);
        assertThat(work.resolve("out/FY2026/findings.csv")).hasSameBinaryContentAs(cleanWork.resolve("out/FY2026/findings.csv"));
        // Every execution that was killed was recovered and restarted: none is left running.
        assertThat(faulted.jdbc().queryForObject("select count(*) from batch_job_execution where status in ('STARTING', 'STARTED')", Long.class)).isZero();
    }

    @Test
    void aKilledCycleCloseResumesItsImportRatherThanLoadingTheWorkbookAgain() throws Exception {
        Database db = database("closing");
        Path work = temp.resolve("work");
        Path drop = Files.createDirectories(temp.resolve("drop"));
        Files.copy(bigWorkbook, drop.resolve("fy2026.xlsx"));
        Path jobsFolder = jobsFolder(Map.of("close.yml", "job: cycle-close\ncron: \"0 0 6 * * ?\"\ninputs:\n  drop_folder: " + drop + "\n  pattern: \"*.xlsx\"\n"));
        Launcher sescert = launcher("home", db);

        killWhen(sescert.start(SMALL_CHUNKS, work, "run", "close", "--jobs", jobsFolder.toString()), db, "cycle-import",
                "s.step_name = 'import-Elements' and s.status = 'STARTED' and s.commit_count >= 2");
        long close = db.jdbc().queryForObject("""
                select max(e.job_execution_id) from batch_job_execution e join batch_job_instance i using (job_instance_id)
                where i.job_name = 'cycle-close'""", Long.class);
        assertThat(sescert.run(work, "jobs").out()).containsPattern("\\s" + close + "\\s+cycle-close\\s+cycle FY2026\\s+INTERRUPTED");
        assertThat(list(drop.resolve("processing"))).hasSize(1);

        Launcher.Result restarted = sescert.run(work, "restart", Long.toString(close));

        assertThat(restarted.exitCode()).as(restarted.err()).isZero();
        assertThat(restarted.out()).contains("FY2026: load 1 current; check run 1 found").contains("The workbook moved to " + drop.resolve("done"));
        assertThat(db.jdbc().queryForObject("select count(*) from load", Long.class)).isEqualTo(1);
        // The import the kill interrupted was restarted (a second execution of its instance), not started again.
        assertThat(db.jdbc().queryForList("""
                select count(*) from batch_job_execution e join batch_job_instance i using (job_instance_id)
                where i.job_name = 'cycle-import' group by i.job_instance_id""", Long.class)).containsExactly(2L);
        assertThat(list(drop.resolve("processing"))).isEmpty();
        assertThat(list(drop.resolve("done"))).singleElement().asString().endsWith("-fy2026.xlsx");
        assertThat(work.resolve("out/FY2026/certification-evidence.pdf")).isRegularFile();
    }

    @Test
    void onTheEmbeddedDatabaseAKilledImportLeavesNothingInTheWayOfItsRestart() throws Exception {
        // No SESCERT_DB_URL: the program runs its own PostgreSQL in the data folder, as for an analyst.
        Launcher sescert = new Launcher(temp.resolve("home"));
        Path work = temp.resolve("work");
        Launcher.Running importing = sescert.start(SMALL_CHUNKS, work, "import", "--allow-rejects", bigWorkbook.toString());
        Database embedded = embeddedDatabaseOf(sescert, importing);

        long execution = killWhen(importing, embedded, "cycle-import", "s.step_name = 'import-Elements' and s.status = 'STARTED' and s.commit_count >= 1");

        // The server the killed process started is still running, with nobody to stop it; the next
        // command stops it and starts its own.
        Launcher.Result jobs = sescert.run(work, "jobs");
        assertThat(jobs.exitCode()).as(jobs.err()).isZero();
        assertThat(jobs.out()).containsPattern("\\s" + execution + "\\s+cycle-import\\s+cycle FY2026\\s+INTERRUPTED");
        Launcher.Result restarted = sescert.run(work, "restart", Long.toString(execution));
        assertThat(restarted.exitCode()).as(restarted.err()).isZero();
        assertThat(restarted.out()).contains("Imported cycle FY2026").contains("(load 1, job execution");
        assertThat(restarted.out()).containsPattern("Executives\\s+" + EXECUTIVES + "\\s+" + EXECUTIVES + "\\s+0");
    }

    /** The embedded server a running command started: its port is in postmaster.pid, once it is up. */
    private static Database embeddedDatabaseOf(Launcher sescert, Launcher.Running running) throws Exception {
        Path pid = sescert.dataFolder().resolve("postgres/postmaster.pid");
        Instant deadline = Instant.now().plusSeconds(120);
        while (!(Files.isRegularFile(pid) && Files.readAllLines(pid).size() >= 8 && Files.readAllLines(pid).get(7).strip().equals("ready"))) {
            if (!running.process().isAlive() || Instant.now().isAfter(deadline)) {
                fail("the embedded database never came up: " + running.outSoFar());
            }
            Thread.sleep(100);
        }
        String url = "jdbc:postgresql://localhost:" + Files.readAllLines(pid).get(3).strip() + "/postgres";
        return new Database(url, new JdbcTemplate(new DriverManagerDataSource(url, "postgres", "")));
    }

    /**
     * Waits until the job's running execution matches the step condition, then kills the process
     * with SIGKILL. Fails if the process ends first: the kill point was never reached.
     *
     * @return the execution that was killed
     */
    private static long killWhen(Launcher.Running running, Database db, String job, String stepCondition) throws Exception {
        String sql = """
                select max(e.job_execution_id) from batch_job_execution e
                join batch_job_instance i on i.job_instance_id = e.job_instance_id
                join batch_step_execution s on s.job_execution_id = e.job_execution_id
                where i.job_name = ? and e.status = 'STARTED' and (%s)""".formatted(stepCondition);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (!running.process().isAlive()) {
                fail("sescert " + running.command() + " ended before the kill point (" + stepCondition + "): " + running.outSoFar());
            }
            Long execution = tableExists(db, "batch_job_execution") ? db.jdbc().queryForObject(sql, Long.class, job) : null;
            if (execution != null) {
                running.kill9();
                return execution;
            }
            Thread.sleep(20);
        }
        running.kill9();
        return fail("the kill point (" + stepCondition + ") was not reached in 3 minutes");
    }

    private static boolean tableExists(Database db, String table) {
        return Boolean.TRUE.equals(db.jdbc().queryForObject("select to_regclass(?) is not null", Boolean.class, table));
    }

    /**
     * Each table of the program's data (not the job repository or the scheduler's), as a row count
     * and an MD5 of its rows in order. Columns that record when, or which job execution, differ
     * between any two runs and are left out; so are the ids a sequence hands out to reject rows,
     * because a chunk rolled back by the kill used some up.
     */
    private static Map<String, String> checksums(JdbcTemplate jdbc) {
        Map<String, String> sums = new LinkedHashMap<>();
        List<String> tables = jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = 'public' and table_type = 'BASE TABLE'
                  and table_name not like 'batch\\_%' and table_name not like 'qrtz\\_%'
                  and table_name not in ('flyway_schema_history', 'schedule_fire')
                order by table_name""", String.class);
        for (String table : tables) {
            List<String> columns = jdbc.queryForList("""
                    select quote_ident(column_name) from information_schema.columns
                    where table_schema = 'public' and table_name = ?
                      and data_type not like 'timestamp%' and column_name not in ('job_execution_id')
                      and not (column_default like 'nextval%' and table_name in ('reject'))
                    order by ordinal_position""", String.class, table);
            String row = "row(" + String.join(", ", columns) + ")::text";
            sums.put(table, jdbc.queryForObject("select count(*) || ' rows, ' || md5(coalesce(string_agg(r, E'\\n' order by r), '')) from (select "
                    + row + " as r from " + table + ") t", String.class));
        }
        return sums;
    }

    // ---------------------------------------------------------------------------------------------
    // two schedulers, one database

    @Test
    void twoSchedulersSharingADatabaseFireEachTriggerOnce() throws Exception {
        Database db = database("cluster");
        Path work = temp.resolve("work");
        Launcher analyst = launcher("home-analyst", db);
        assertThat(analyst.run(work, "import", "--allow-rejects", Launcher.PROJECT.resolve("sample-data/sample-cycle.xlsx").toString()).exitCode()).isZero();
        assertThat(analyst.run(work, "goals", "import", Launcher.PROJECT.resolve("sample-data/sample-goals.xlsx").toString()).exitCode()).isZero();
        Path jobsFolder = jobsFolder(Map.of(
                "check.yml", "job: cycle-check\ncron: \"0/5 * * * * ?\"\nparameters:\n  cycle: FY2026\n",
                "review.yml", "job: goals-review\ncron: \"2/5 * * * * ?\"\nparameters:\n  quarter: FY2026Q4\n"));

        Launcher.Running first = launcher("home-node-1", db).start(temp.resolve("node-1"), "schedule", "--jobs", jobsFolder.toString());
        Launcher.Running second = launcher("home-node-2", db).start(temp.resolve("node-2"), "schedule", "--jobs", jobsFolder.toString());
        waitFor(first, "Running; stop with SIGTERM");
        waitFor(second, "Running; stop with SIGTERM");
        Thread.sleep(40_000);
        first.terminate();
        second.terminate();
        Launcher.Result one = first.finish(Duration.ofMinutes(2));
        Launcher.Result two = second.finish(Duration.ofMinutes(2));

        // Both stopped on SIGTERM, cleanly (128 + 15), saying so.
        assertThat(one.exitCode()).isEqualTo(143);
        assertThat(two.exitCode()).isEqualTo(143);
        assertThat(one.out()).contains("sescert schedule: 2 job definitions from " + jobsFolder).contains("stopping;");
        assertThat(two.out()).contains("stopping;");

        for (String definition : List.of("check", "review")) {
            List<Map<String, Object>> fires = db.jdbc().queryForList(
                    "select extract(epoch from scheduled_fire)::bigint as at, node, outcome from schedule_fire where definition = ? order by scheduled_fire",
                    definition);
            assertThat(fires).as(definition).hasSizeGreaterThanOrEqualTo(5);
            assertThat(fires).as(definition).allSatisfy(f -> assertThat((String) f.get("outcome")).startsWith("done: "));
            // One fire for every 5-second slot from the first to the last: none lost, none twice.
            List<Long> at = fires.stream().map(f -> ((Number) f.get("at")).longValue()).toList();
            for (int i = 1; i < at.size(); i++) {
                assertThat(at.get(i) - at.get(i - 1)).as(definition + " fires " + at).isEqualTo(5);
            }
        }
        // Both schedulers took part (each says so on its console, line by line, for its own fires).
        assertThat(one.err() + two.err()).contains("check: fired").contains("review: fired");
        // Each fire ran its job once: as many executions as fires.
        assertThat(executions(db, "cycle-check")).isEqualTo(fires(db, "check"));
        assertThat(executions(db, "goals-review")).isEqualTo(fires(db, "review"));
        // And Quartz itself never handed one fire to both schedulers (the schedule_fire guard would have said so).
        for (String home : List.of("home-node-1", "home-node-2")) {
            String log = Files.readString(temp.resolve(home).resolve(".local/share/sescert/logs/sescert.log"));
            assertThat(log).doesNotContain("was already taken by scheduler");
        }
    }

    @Test
    void aReportRenderingWhenSigtermArrivesIsFinishedBeforeTheSchedulerStops() throws Exception {
        Database db = database("sigterm");
        Launcher sescert = launcher("home", db);
        assertThat(sescert.run(temp.resolve("work"), "goals", "import", Launcher.PROJECT.resolve("sample-data/sample-goals.xlsx").toString()).exitCode()).isZero();
        Path jobsFolder = jobsFolder(Map.of("review.yml", "job: goals-review\ncron: \"0/5 * * * * ?\"\nparameters:\n  quarter: FY2026Q4\n"));
        Launcher.Running scheduler = sescert.start(temp.resolve("node"), "schedule", "--jobs", jobsFolder.toString());
        // The first review in a fresh process compiles its templates and renders its charts for
        // seconds: SIGTERM right after the fire arrives while the PDF is being written.
        waitFor(scheduler, "review: fired");
        scheduler.terminate();
        Launcher.Result result = scheduler.finish(Duration.ofMinutes(2));

        assertThat(result.exitCode()).isEqualTo(143);
        assertThat(result.out()).contains("stopping; a job that is running finishes first.");
        assertThat(result.err()).contains("review: done").doesNotContain("review: failed");
        assertThat(db.jdbc().queryForList("select outcome from schedule_fire where definition = 'review'", String.class))
                .singleElement().asString().startsWith("done: FY2026Q4: review run 1");
        assertThat(temp.resolve("node/out/FY2026Q4/goals-review-FY2026Q4.pdf")).isNotEmptyFile();
        // Nothing of the report (its fonts, its chart images) failed to load because the JVM was shutting down.
        assertThat(Files.readString(temp.resolve("home").resolve(".local/share/sescert/logs/sescert.log"))).doesNotContain(" ERROR ");
    }

    @Test
    void aMissedFireRunsOnceAfterDowntimeUnderFireOnceAndNotUnderSkip() throws Exception {
        Database db = database("downtime");
        Path work = temp.resolve("work");
        Launcher sescert = launcher("home", db);
        assertThat(sescert.run(work, "import", "--allow-rejects", Launcher.PROJECT.resolve("sample-data/sample-cycle.xlsx").toString()).exitCode()).isZero();
        // Once a year, at noon on 1 January: never while the test runs, unless missed.
        Path jobsFolder = jobsFolder(Map.of(
                "catch-up.yml", "job: cycle-check\ncron: \"0 0 12 1 1 ?\"\nmisfire: fire-once\nparameters:\n  cycle: FY2026\n",
                "skip.yml", "job: cycle-check\ncron: \"0 0 12 1 1 ?\"\nmisfire: skip\nparameters:\n  cycle: FY2026\n"));
        Launcher.Running scheduler = sescert.start(temp.resolve("node"), "schedule", "--jobs", jobsFolder.toString());
        waitFor(scheduler, "Running; stop with SIGTERM");
        scheduler.terminate();
        scheduler.finish(Duration.ofMinutes(1));

        // The scheduler was down when both came due, ten minutes ago.
        long missed = System.currentTimeMillis() - 600_000;
        db.jdbc().update("update qrtz_triggers set next_fire_time = ?", missed);
        Launcher.Running back = sescert.start(temp.resolve("node"), "schedule", "--jobs", jobsFolder.toString());
        waitFor(back, "Running; stop with SIGTERM");
        Instant deadline = Instant.now().plusSeconds(60);
        while (fires(db, "catch-up") == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        Thread.sleep(3000);
        back.terminate();
        Launcher.Result result = back.finish(Duration.ofMinutes(1));

        assertThat(result.out()).contains("catch-up").contains("missed ").contains("while stopped: runs once now")
                .contains("while stopped: skipped, waits for its next time");
        assertThat(fires(db, "catch-up")).isEqualTo(1);
        assertThat(fires(db, "skip")).isZero();
        assertThat(executions(db, "cycle-check")).isEqualTo(1);
    }

    // ---------------------------------------------------------------------------------------------
    // one run per cycle at a time

    @Test
    void aSecondRunForTheSameCycleRefusesWhileTheFirstIsGoing() throws Exception {
        Database db = database("busy");
        Path work = temp.resolve("work");
        Launcher sescert = launcher("home", db);
        Path drop = Files.createDirectories(temp.resolve("drop"));
        Files.copy(bigWorkbook, drop.resolve("fy2026.xlsx"));
        Path jobsFolder = jobsFolder(Map.of("close.yml", "job: cycle-close\ncron: \"0 0 6 * * ?\"\ninputs:\n  drop_folder: " + drop + "\n  pattern: \"*.xlsx\"\n"));

        // An import that outlasts two more commands starting, however fast or busy the machine: once the
        // schema exists, every element row the import copies waits 2 ms (30,000 rows: a minute at least).
        assertThat(sescert.run(work, "loads").exitCode()).isZero();
        db.jdbc().execute("""
                create function test_slow_row() returns trigger language plpgsql as $$
                begin perform pg_sleep(0.002); return new; end $$;
                create trigger test_slow_elements before insert on load_element_rating for each row execute function test_slow_row();
                """);
        Launcher.Running first = sescert.start(work, "import", "--allow-rejects", bigWorkbook.toString());
        Instant deadline = Instant.now().plusSeconds(120);
        while (!(tableExists(db, "batch_step_execution") && db.jdbc().queryForObject(
                "select count(*) from batch_step_execution where step_name = 'import-Executives' and status = 'STARTED'", Long.class) > 0)) {
            assertThat(first.process().isAlive()).as("the first import is still running").isTrue();
            assertThat(Instant.now()).isBefore(deadline);
            Thread.sleep(50);
        }

        Launcher.Running secondRun = sescert.start(work, "import", bigWorkbook.toString());
        Launcher.Running closeRun = sescert.start(work, "run", "close", "--jobs", jobsFolder.toString());
        Launcher.Result second = secondRun.finish(Duration.ofMinutes(3));
        Launcher.Result close = closeRun.finish(Duration.ofMinutes(3));
        boolean firstStillRunning = first.process().isAlive();
        Launcher.Result firstResult = first.finish(Duration.ofMinutes(3));

        assertThat(firstStillRunning).as("the first import outlasted the second attempts, so they met it running").isTrue();
        assertThat(second.exitCode()).isEqualTo(4);
        assertThat(second.errLines()).containsExactly("sescert: another import of cycle FY2026 is running; wait for it to finish.");
        assertThat(close.exitCode()).isEqualTo(4);
        assertThat(close.out()).contains("fy2026.xlsx: another import of cycle FY2026 is running; wait for it to finish. It stays in the drop folder for the next run.");
        assertThat(list(drop)).anyMatch(n -> n.endsWith("fy2026.xlsx"));
        assertThat(firstResult.exitCode()).isZero();
        assertThat(db.jdbc().queryForObject("select count(*) from load where status = 'LOADED'", Long.class)).isEqualTo(1);
    }

    // ---------------------------------------------------------------------------------------------

    private Path jobsFolder(Map<String, String> files) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("jobs"));
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue());
        }
        return folder;
    }

    private static void waitFor(Launcher.Running running, String line) throws Exception {
        Instant deadline = Instant.now().plusSeconds(120);
        // Results go to standard output, progress (each fire and its outcome) to standard error.
        while (!(running.outSoFar() + Files.readString(running.err())).contains(line)) {
            if (!running.process().isAlive() || Instant.now().isAfter(deadline)) {
                fail("sescert " + running.command() + " never printed '" + line + "': " + running.outSoFar() + Files.readString(running.err()));
            }
            Thread.sleep(200);
        }
    }

    private static long fires(Database db, String definition) {
        return db.jdbc().queryForObject("select count(*) from schedule_fire where definition = ?", Long.class, definition);
    }

    private static long executions(Database db, String job) {
        return db.jdbc().queryForObject("""
                select count(*) from batch_job_execution e join batch_job_instance i using (job_instance_id) where i.job_name = ?""", Long.class, job);
    }

    private static List<String> list(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return new ArrayList<>();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
