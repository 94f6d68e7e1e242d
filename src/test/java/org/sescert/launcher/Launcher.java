package org.sescert.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code ./sescert} as a user does: a child process in a working folder of its own, with a
 * home folder of its own (so its data folder, and so its embedded database, belong to the test),
 * or with the database server the test names, as an operator points the program at the agency's.
 */
final class Launcher {

    static final Path PROJECT = Path.of("").toAbsolutePath();

    private final Path home;
    private final Map<String, String> env;

    Launcher(Path home) {
        this(home, Map.of());
    }

    private Launcher(Path home, Map<String, String> env) {
        this.home = home;
        this.env = env;
    }

    /** The same launcher, with the program's database named by SESCERT_DB_URL, as an operator sets it. */
    Launcher onDatabase(String jdbcUrl, String user) {
        Map<String, String> with = new HashMap<>(env);
        with.put("SESCERT_DB_URL", jdbcUrl);
        with.put("SESCERT_DB_USER", user);
        return new Launcher(home, with);
    }

    /** The data folder the program uses by default for this home: it must not depend on the working folder. */
    Path dataFolder() {
        return home.resolve(".local/share/sescert");
    }

    record Result(int exitCode, String out, String err, Duration took) {
        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    /** A command still running: its process (the JVM itself, which the script execs) and what it printed so far. */
    record Running(Process process, Path out, Path err, Instant started, String command) {

        String outSoFar() throws IOException {
            return Files.readString(out, StandardCharsets.UTF_8);
        }

        /** SIGKILL, as kill -9 sends it: no shutdown hook, no clean-up. */
        void kill9() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        /** SIGTERM, as a service manager stops a process. */
        void terminate() {
            process.destroy();
        }

        Result finish(Duration within) throws IOException, InterruptedException {
            if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("sescert " + command + " did not finish in " + within);
            }
            try {
                return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8),
                        Duration.between(started, Instant.now()));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        }
    }

    Result run(Path workingFolder, String... args) throws IOException, InterruptedException {
        return run(Map.of(), workingFolder, args);
    }

    /** As {@link #run(Path, String...)}, with more environment (SESCERT_JAVA_OPTS for a small heap, say). */
    Result run(Map<String, String> environment, Path workingFolder, String... args) throws IOException, InterruptedException {
        return start(environment, workingFolder, args).finish(Duration.ofMinutes(5));
    }

    Running start(Path workingFolder, String... args) throws IOException {
        return start(Map.of(), workingFolder, args);
    }

    Running start(Map<String, String> more, Path workingFolder, String... args) throws IOException {
        Path out = Files.createTempFile("sescert-out", ".txt");
        Path err = Files.createTempFile("sescert-err", ".txt");
        ProcessBuilder builder = builder(more, workingFolder, args).redirectOutput(out.toFile()).redirectError(err.toFile());
        return new Running(builder.start(), out, err, Instant.now(), String.join(" ", args));
    }

    /** A long-running command (a database, a worker), its output in {@code log}; the caller stops it. */
    Process serve(Map<String, String> more, Path workingFolder, Path log, String... args) throws IOException {
        return builder(more, workingFolder, args).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private ProcessBuilder builder(Map<String, String> more, Path workingFolder, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(PROJECT.resolve("sescert").toString());
        command.addAll(List.of(args));
        Files.createDirectories(workingFolder);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingFolder.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("HOME", home.toString());
        environment.remove("SESCERT_DATA");
        environment.remove("SESCERT_DB_URL");
        environment.remove("SESCERT_DB_USER");
        environment.remove("SESCERT_DB_PASSWORD");
        environment.remove("SESCERT_PARTITIONING");
        environment.remove("XDG_DATA_HOME");
        environment.remove("XDG_CONFIG_HOME");
        environment.remove("SESCERT_JAVA_OPTS");
        environment.putAll(env);
        environment.putAll(more);
        return builder;
    }
}
