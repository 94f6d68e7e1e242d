package org.sescert.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Another process (another sescert) has the embedded database of this data folder open: one
 * line saying which, and its own exit code, since nothing is wrong with the request and it can
 * simply be run again once the other process ends.
 */
public class DataFolderInUseException extends RuntimeException {

    private final long pid;

    public DataFolderInUseException(Path databaseDir, Throwable cause) {
        this(databaseDir, serverPid(databaseDir), cause);
    }

    private DataFolderInUseException(Path databaseDir, Optional<Long> pid, Throwable cause) {
        super("the data folder " + (databaseDir.getParent() == null ? databaseDir : databaseDir.getParent()) + " is in use by another sescert"
                + pid.map(p -> " (its database server is process " + p + ")").orElse(" (its database server is starting)")
                + "; run this command again when that one has finished, or give this one its own folder with SESCERT_DATA.", cause);
        this.pid = pid.orElse(-1L);
    }

    /** The process id of the database server holding the folder, or -1 when it is still starting. */
    public long pid() {
        return pid;
    }

    /** PostgreSQL's postmaster.pid names the server's process on its first line. */
    static Optional<Long> serverPid(Path databaseDir) {
        try {
            Path pidFile = databaseDir.resolve("postmaster.pid");
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            return Files.readAllLines(pidFile, StandardCharsets.US_ASCII).stream().findFirst().map(String::strip)
                    .filter(l -> l.matches("\\d{1,10}")).map(Long::parseLong);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
