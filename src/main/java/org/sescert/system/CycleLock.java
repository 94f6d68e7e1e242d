package org.sescert.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * Makes sure the same job never runs for the same cycle twice at once, even from two
 * processes sharing a database: a PostgreSQL advisory lock on (job, cycle), held on its own
 * connection for as long as the job runs. A second attempt is refused at once, not queued.
 */
public final class CycleLock implements AutoCloseable {

    private final Connection connection;
    private final String job;
    private final String cycleId;

    private CycleLock(Connection connection, String job, String cycleId) {
        this.connection = connection;
        this.job = job;
        this.cycleId = cycleId;
    }

    /** @throws RefusedException when another process holds the lock */
    public static CycleLock acquire(DataSource dataSource, String job, String cycleId) {
        try {
            Connection connection = dataSource.getConnection();
            try (PreparedStatement st = connection.prepareStatement("select pg_try_advisory_lock(hashtext(?), hashtext(?))")) {
                st.setString(1, job);
                st.setString(2, cycleId);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    if (!rs.getBoolean(1)) {
                        connection.close();
                        throw new RefusedException("a " + job + " of cycle " + cycleId + " is already running; wait for it to finish.");
                    }
                }
            }
            return new CycleLock(connection, job, cycleId);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the " + job + " lock for cycle " + cycleId, e);
        }
    }

    @Override
    public void close() {
        try (connection; PreparedStatement st = connection.prepareStatement("select pg_advisory_unlock(hashtext(?), hashtext(?))")) {
            st.setString(1, job);
            st.setString(2, cycleId);
            st.execute();
        } catch (SQLException e) {
            // Closing the connection releases the lock as well.
        }
    }
}
