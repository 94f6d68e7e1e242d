package org.sescert.findings;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.sescert.findings.Finding;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.datasource.DataSourceUtils;

/** Writes findings with COPY on the chunk's own connection, so they commit with the chunk. */
public class FindingWriter implements ItemWriter<Collection<Finding>> {

    private final DataSource dataSource;
    private final long runId;
    private final String cycleId;

    public FindingWriter(DataSource dataSource, long runId, String cycleId) {
        this.dataSource = dataSource;
        this.runId = runId;
        this.cycleId = cycleId;
    }

    @Override
    public void write(Chunk<? extends Collection<Finding>> chunk) throws Exception {
        List<Finding> all = new ArrayList<>();
        chunk.forEach(all::addAll);
        write(dataSource, runId, cycleId, all);
    }

    /** Writes a check run's findings with COPY on the transaction's connection. */
    public static void write(DataSource dataSource, long runId, String cycleId, Collection<Finding> findings) throws SQLException, IOException {
        write(dataSource, "finding", runId, cycleId, findings);
    }

    /**
     * Writes findings with COPY on the transaction's connection into a table of the findings' columns:
     * {@code finding} for cycle checks, {@code goal_finding} for goal reviews (the quarter in cycle_id).
     */
    public static void write(DataSource dataSource, String table, long runId, String cycleId, Collection<Finding> findings) throws SQLException, IOException {
        if (!table.equals("finding") && !table.equals("goal_finding")) {
            throw new IllegalArgumentException("findings go to finding or goal_finding, not " + table);
        }
        if (findings.isEmpty()) {
            return;
        }
        StringBuilder csv = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.POSTGRESQL_CSV)) {
            for (Finding f : findings) {
                printer.printRecord(runId, cycleId, f.rule().name(), f.severity().name(), f.scope().name(), f.subject(), f.message(), f.evidence());
            }
        }
        copy(dataSource, table, csv);
    }

    private static void copy(DataSource dataSource, String table, CharSequence csv) throws SQLException, IOException {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy " + table + " (run_id, cycle_id, rule, severity, scope, subject, message, evidence) from stdin (format csv)",
                    new StringReader(csv.toString()));
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
