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

    /** As {@link #run(Path, String...)}, with more environment (SESCERT_JAVA_OPTS for a small heap, say). */
    Result run(Map<String, String> environment, Path workingFolder, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(PROJECT.resolve("sescert").toString());
        command.addAll(List.of(args));
        Files.createDirectories(workingFolder);
        Path out = Files.createTempFile("sescert-out", ".txt");
        Path err = Files.createTempFile("sescert-err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingFolder.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> env = builder.environment();
        env.put("HOME", home.toString());
        env.remove("SESCERT_DATA");
        env.remove("SESCERT_DB_URL");
        env.remove("XDG_DATA_HOME");
        env.remove("XDG_CONFIG_HOME");
        env.remove("SESCERT_JAVA_OPTS");
        env.putAll(environment);
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
}
