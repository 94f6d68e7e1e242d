package org.sescert.system;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL server the program uses: the one named by {@code SESCERT_DB_URL} (or the usual
 * {@code spring.datasource.*} settings), or else an embedded one, started here, that keeps its
 * data in the user's data folder so that a newcomer needs nothing installed.
 */
public final class DatabaseServer implements AutoCloseable {

    /** The lock file zonky's embedded PostgreSQL holds in its data folder while a process runs it. */
    private static final String LOCK_FILE = "epg-lock";

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final EmbeddedPostgres embedded;
    private final Path ephemeralDir;
    private final Path dataDir;

    private DatabaseServer(String jdbcUrl, String user, String password, EmbeddedPostgres embedded, Path ephemeralDir, Path dataDir) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
        this.ephemeralDir = ephemeralDir;
        this.dataDir = dataDir;
    }

    public static DatabaseServer external(String jdbcUrl, String user, String password) {
        return new DatabaseServer(jdbcUrl, user, password, null, null, null);
    }

    /**
     * @param dataDir   where the data lives between runs; null for a throw-away server (tests)
     */
    public static DatabaseServer embedded(Path dataDir) {
        try {
            Path dir = dataDir == null ? Files.createTempDirectory("sescert-pg") : dataDir.toAbsolutePath();
            Files.createDirectories(dir);
            if (dataDir != null) {
                takeOver(dir);
            }
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(dataDir == null)
                    // Stopped by close(), after Spring has closed what uses it: a JVM shutdown hook of
                    // its own would stop the server while the scheduler still finishes a job on it.
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "60")
                    .setServerConfig("fsync", dataDir == null ? "off" : "on")
                    .start();
            return new DatabaseServer(pg.getJdbcUrl("postgres", "postgres"), "postgres", null, pg, dataDir == null ? dir : null, dir);
        } catch (RefusedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the embedded PostgreSQL could not start in " + (dataDir == null ? "a temporary folder" : dataDir)
                    + " (is another sescert using it?): " + e.getMessage(), e);
        }
    }

    /**
     * Makes the data folder ready for this process: refused when another sescert uses it (it holds
     * the folder's lock file while it runs), and freed of a postmaster that a killed sescert left
     * running (kill -9 and crashes run no clean-up), which would keep every later command out.
     */
    private static void takeOver(Path dir) throws IOException {
        if (!Files.exists(dir.resolve(LOCK_FILE))) {
            return; // a new folder: nothing runs on it yet (and initdb wants it empty)
        }
        try (FileChannel channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new RefusedException("the embedded database in " + dir + " is in use by another sescert command; wait for it to finish, "
                        + "or give every command the same PostgreSQL server (SESCERT_DB_URL) to run them side by side.");
            }
            try {
                orphanedPostmaster(dir).ifPresent(postmaster -> {
                    // SIGTERM: a smart shutdown, which the postmaster finishes at once as its only client died.
                    postmaster.destroy();
                    try {
                        postmaster.onExit().get(60, TimeUnit.SECONDS);
                    } catch (InterruptedException | ExecutionException | TimeoutException e) {
                        throw new IllegalStateException("the PostgreSQL server (process " + postmaster.pid() + ") that a stopped sescert left running on "
                                + dir + " did not stop; stop it, then run the command again.", e);
                    }
                });
            } finally {
                lock.release();
            }
        } catch (OverlappingFileLockException e) {
            throw new IllegalStateException("this process already runs the embedded database in " + dir, e);
        }
    }

    /** The postmaster postmaster.pid names, if it still runs and is a PostgreSQL server (pids are reused). */
    private static Optional<ProcessHandle> orphanedPostmaster(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> Path.of(c).getFileName().toString().equals("postgres")).orElse(false));
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** Which database this is, for the summary line of every command: the folder, or the URL without credentials. */
    public String description() {
        if (embedded != null) {
            return ephemeralDir != null ? "a throw-away embedded PostgreSQL" : "embedded PostgreSQL in " + dataDir;
        }
        return withoutCredentials(jdbcUrl);
    }

    /** A JDBC URL with neither its query (which may carry a password) nor user information. */
    public static String withoutCredentials(String jdbcUrl) {
        String base = jdbcUrl.contains("?") ? jdbcUrl.substring(0, jdbcUrl.indexOf('?')) : jdbcUrl;
        return base.replaceFirst("//[^/@]*@", "//");
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
        // zonky removes a data directory it was told to clean; remove what it left, if anything.
        if (ephemeralDir != null && Files.exists(ephemeralDir)) {
            org.apache.commons.io.file.PathUtils.deleteDirectory(ephemeralDir);
        }
    }
}
