package org.sescert.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL server the program uses: the one named by {@code SESCERT_DB_URL} (or the usual
 * {@code spring.datasource.*} settings), or else an embedded one, started here, that keeps its
 * data in the user's data folder so that a newcomer needs nothing installed.
 */
public final class DatabaseServer implements AutoCloseable {

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
        return embedded(dataDir, 0);
    }

    /**
     * @param dataDir where the data lives between runs; null for a throw-away server (tests)
     * @param port    the port to listen on (localhost), so that other processes can share the server; 0 for any free port
     */
    public static DatabaseServer embedded(Path dataDir, int port) {
        try {
            Path dir = dataDir == null ? Files.createTempDirectory("sescert-pg") : dataDir.toAbsolutePath();
            Files.createDirectories(dir);
            // Only a database already made can be in use; initdb wants a folder with nothing in it, lock file included.
            if (Files.exists(dir.resolve("postgresql.conf"))) {
                if (!lockIsFree(dir)) {
                    throw new DataFolderInUseException(dir, null);
                }
                stopOrphanedServer(dir);
            }
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres pg = builder
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(dataDir == null)
                    // Stopped by close(), after Spring has closed what uses it: a JVM shutdown hook of
                    // its own would stop the server while the scheduler still finishes a job on it.
                    .setRegisterShutdownHook(false)
                    // Never reachable from another machine: its superuser needs no password (sescert database shares it on this one).
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "60")
                    .setServerConfig("fsync", dataDir == null ? "off" : "on")
                    // Bulk loads of a department's cycle write gigabytes of WAL: checkpoints by size, not every gigabyte.
                    .setServerConfig("max_wal_size", "8GB")
                    .setServerConfig("shared_buffers", "256MB")
                    // zonky waits 10 s by default: too short on a busy 2-core machine.
                    .setPGStartupWait(java.time.Duration.ofSeconds(60))
                    .start();
            return new DatabaseServer(pg.getJdbcUrl("postgres", "postgres"), "postgres", null, pg, dataDir == null ? dir : null, dir);
        } catch (DataFolderInUseException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (dataDir != null && String.valueOf(e.getMessage()).contains("could not lock")) {
                throw new DataFolderInUseException(dataDir.toAbsolutePath(), e);
            }
            throw new IllegalStateException("the embedded PostgreSQL could not start in " + (dataDir == null ? "a temporary folder" : dataDir)
                    + " (is another sescert using it?): " + e.getMessage(), e);
        }
    }

    /**
     * A sescert that was killed (not stopped) leaves its database server running with nobody to
     * stop it, and a new server cannot start on the same folder. The lock being free shows that no
     * sescert holds the folder, so a server still named by postmaster.pid is such an orphan: it is
     * asked to shut down (SIGTERM, PostgreSQL's smart shutdown, which loses nothing committed).
     */
    private static void stopOrphanedServer(Path dir) {
        DataFolderInUseException.serverPid(dir).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
                .ifPresent(orphan -> {
                    org.slf4j.LoggerFactory.getLogger(DatabaseServer.class)
                            .warn("stopping the database server (process {}) that a sescert stopped without closing left running", orphan.pid());
                    orphan.destroy();
                    try {
                        orphan.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new DataFolderInUseException(dir, e);
                    }
                });
    }

    /**
     * Whether the embedded server's lock file (zonky's {@code epg-lock}) is free: asked before the
     * server starts, so that a second process gets one line instead of a failed start. The lock
     * is released at once; the server takes it for itself.
     */
    private static boolean lockIsFree(Path dir) throws IOException {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(dir.resolve("epg-lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE)) {
            java.nio.channels.FileLock lock = channel.tryLock();
            if (lock == null) {
                return false;
            }
            lock.release();
            return true;
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return false; // this very process has the server open
        }
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
