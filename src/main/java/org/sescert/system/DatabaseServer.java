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
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres pg = builder
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(dataDir == null)
                    .setServerConfig("max_connections", "60")
                    .setServerConfig("fsync", dataDir == null ? "off" : "on")
                    // Bulk loads of a department's cycle write gigabytes of WAL: checkpoints by size, not every gigabyte.
                    .setServerConfig("max_wal_size", "8GB")
                    .setServerConfig("shared_buffers", "256MB")
                    .start();
            return new DatabaseServer(pg.getJdbcUrl("postgres", "postgres"), "postgres", null, pg, dataDir == null ? dir : null, dir);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the embedded PostgreSQL could not start in " + (dataDir == null ? "a temporary folder" : dataDir)
                    + " (is another sescert using it?): " + e.getMessage(), e);
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
