package org.sescert.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code ./sescert} as a user does: a child process in a working folder of its own, with a
 * home folder of its own (so its data folder, and so its embedded database, belong to the test).
 */
final class Launcher {

    static final Path PROJECT = Path.of("").toAbsolutePath();

    private final Path home;

    Launcher(Path home) {
        this.home = home;
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

    Result run(Path workingFolder, String... args) throws IOException, InterruptedException {
        return run(Map.of(), workingFolder, args);
    }

    /** As {@link #run(Path, String...)}, with these environment variables set for the command. */
    Result run(Map<String, String> variables, Path workingFolder, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile("sescert-out", ".txt");
        Path err = Files.createTempFile("sescert-err", ".txt");
        ProcessBuilder builder = builder(variables, workingFolder, args).redirectOutput(out.toFile()).redirectError(err.toFile());
        Instant start = Instant.now();
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("sescert " + String.join(" ", args) + " did not finish in 5 minutes");
        }
        Duration took = Duration.between(start, Instant.now());
        try {
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8), took);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** A long-running command (a database, a worker), its output in {@code log}; the caller stops it. */
    Process start(Map<String, String> variables, Path workingFolder, Path log, String... args) throws IOException {
        return builder(variables, workingFolder, args).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private ProcessBuilder builder(Map<String, String> variables, Path workingFolder, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(PROJECT.resolve("sescert").toString());
        command.addAll(List.of(args));
        Files.createDirectories(workingFolder);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingFolder.toFile());
        Map<String, String> env = builder.environment();
        env.put("HOME", home.toString());
        env.remove("SESCERT_DATA");
        env.remove("SESCERT_DB_URL");
        env.remove("SESCERT_PARTITIONING");
        env.remove("SESCERT_JAVA_OPTS");
        env.remove("XDG_DATA_HOME");
        env.remove("XDG_CONFIG_HOME");
        env.putAll(variables);
        return builder;
    }
}
