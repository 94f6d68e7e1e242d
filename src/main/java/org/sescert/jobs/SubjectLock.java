package org.sescert.jobs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;



/**
 * Makes sure one activity never runs for the same cycle or quarter twice at once, even from two
 * processes sharing a database: a PostgreSQL advisory lock on (activity, subject), held on its
 * own connection for as long as the job runs. A second attempt is refused at once, not queued.
 */
public final class SubjectLock implements AutoCloseable {

    private final Connection connection;
    private final Subject subject;

    private SubjectLock(Connection connection, Subject subject) {
        this.connection = connection;
        this.subject = subject;
    }

    /** @throws SubjectBusyException when another run holds the lock */
    public static SubjectLock acquire(DataSource dataSource, Subject subject) {
        try {
            Connection connection = dataSource.getConnection();
            try (PreparedStatement st = connection.prepareStatement("select pg_try_advisory_lock(hashtext(?), hashtext(?))")) {
                st.setString(1, subject.activity());
                st.setString(2, subject.id());
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    if (!rs.getBoolean(1)) {
                        connection.close();
                        throw new SubjectBusyException(subject);
                    }
                }
            }
            return new SubjectLock(connection, subject);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the " + subject.activity() + " lock for " + subject.label(), e);
        }
    }

    @Override
    public void close() {
        try (connection; PreparedStatement st = connection.prepareStatement("select pg_advisory_unlock(hashtext(?), hashtext(?))")) {
            st.setString(1, subject.activity());
            st.setString(2, subject.id());
            st.execute();
        } catch (SQLException e) {
            // Closing the connection releases the lock as well.
        }
    }
}
