package org.sescert.importing.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.sescert.importing.RowProblem;
import org.sescert.importing.SheetLayout;
import org.sescert.importing.ValidatedRow;
import org.sescert.importing.WorkbookLayout;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes a chunk of checked rows with PostgreSQL's COPY: accepted rows to the sheet's table
 * ({@link LoadTables}: the load's own rows for the large sheets, staging for the rest), every
 * problem of a rejected row to the reject table. It uses the chunk's own connection, so a chunk's
 * rows and rejects commit or roll back together. Accepted rows, nearly all of them, are written in
 * COPY's text format straight from their values (no CSV printer, no per-row lists), and streamed
 * to the database while the rest of the chunk is still being written ({@link CopyStream}).
 */
public class StagingWriter implements ItemWriter<ValidatedRow> {

    /** PostgreSQL's CSV dialect: an unquoted empty field is NULL, a quoted one an empty string. */
    private static final CSVFormat COPY_CSV = CSVFormat.POSTGRESQL_CSV;

    private final SheetLayout sheet;
    private final DataSource dataSource;
    private final String copyRows;
    private final long loadId;
    private final String file;
    /** What starts every accepted row: the load id (and, in a load table, the cycle id), tab-separated. */
    private final String rowPrefix;
    /** The cycle id, tab-ended, in a load table's rows; empty in staging rows. */
    private final String cyclePrefix;
    /** The column whose empty value the load table stores as 0 (Pay's performance_award), or -1. */
    private final int zeroWhenEmpty;
    private final StepExecution step;
    private final KeyOrder keys;

    /** One writer per step execution (step scope): the sheet is the step's, the load the job's. */
    public StagingWriter(StepExecution step, DataSource dataSource, WorkbookLayout layout) {
        this.sheet = layout.sheetOfStep(step.getStepName());
        this.dataSource = dataSource;
        this.step = step;
        // A restarted step did not see the rows before its restart: its key order says nothing.
        this.keys = KeyOrder.of(sheet, !step.getExecutionContext().containsKey(SheetReader.rowsReadKey(sheet)));
        ImportJobParameters parameters = ImportJobParameters.from(step);
        this.loadId = parameters.loadId();
        this.file = parameters.location(sheet.name());
        LoadTables target = LoadTables.of(sheet);
        String cycleId = target.direct()
                ? new org.springframework.jdbc.core.JdbcTemplate(dataSource).queryForObject("select cycle_id from load where load_id = ?", String.class, loadId)
                : null;
        this.copyRows = "copy " + target.table() + " (load_id, row_number, " + (target.direct() ? "cycle_id, " : "")
                + String.join(", ", target.columns()) + ") from stdin";
        this.rowPrefix = loadId + "\t";
        this.cyclePrefix = cycleId == null ? "" : escaped(cycleId) + "\t";
        this.zeroWhenEmpty = target.direct() && sheet == org.sescert.importing.CycleLayout.PAY ? sheet.indexOf("performance_award") : -1;
    }

    @Override
    public void write(Chunk<? extends ValidatedRow> chunk) throws Exception {
        StringBuilder rejects = new StringBuilder();
        StringBuilder rejectedKeyRows = new StringBuilder();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (CSVPrinter problems = new CSVPrinter(rejects, COPY_CSV);
             CSVPrinter rejectedKeys = new CSVPrinter(rejectedKeyRows, COPY_CSV);
             CopyStream accepted = new CopyStream(connection, copyRows)) {
            for (ValidatedRow row : chunk) {
                if (row.accepted()) {
                    textRow(accepted.text(), row);
                    accepted.rowWritten();
                    keys.see(row.values());
                    continue;
                }
                for (RowProblem p : row.problems()) {
                    problems.printRecord(loadId, file, sheet.name(), row.rowNumber(), p.column(), p.value(), p.code(), p.message());
                }
                // Rows of other sheets that refer to this one by its key can then say it was rejected.
                String key = sheet.keyColumn() == null ? null : row.values().get(sheet.indexOf(sheet.keyColumn()));
                if (key != null) {
                    rejectedKeys.printRecord(loadId, sheet.name(), row.rowNumber(), key);
                    keys.see(row.values());
                }
            }
            accepted.end();
            problems.flush();
            rejectedKeys.flush();
            copy(connection, "copy reject (load_id, file, sheet, row_number, column_name, value, code, message) from stdin (format csv)", rejects);
            copy(connection, "copy stage_rejected_key (load_id, sheet, row_number, key) from stdin (format csv)", rejectedKeyRows);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        // Saved with the chunk: the reconcile step skips the duplicate check of a sheet whose keys came unique and in order.
        step.getExecutionContext().put(KeyOrder.contextKey(sheet), keys.unique());
    }

    /** Rejects, few in a chunk: copied whole, in one piece. */
    private static void copy(Connection connection, String sql, CharSequence data) throws SQLException {
        try (CopyStream copy = new CopyStream(connection, sql)) {
            copy.write(data);
            copy.end();
        }
    }

    /**
     * A COPY fed as its rows are made: the text goes to PostgreSQL in pieces of about 32,000
     * characters, so the database parses and stores one piece while the next is being written,
     * and no chunk is ever held whole as one large string and byte array (10,000 rows made
     * multi-megabyte arrays that the collector had to treat as humongous). Opened on the first
     * row: a chunk with no accepted row starts no COPY.
     */
    private static final class CopyStream implements AutoCloseable {
        private static final int PIECE = 32 * 1024;
        private final Connection connection;
        private final String sql;
        private final StringBuilder text = new StringBuilder(PIECE + 4096);
        private CopyIn copy;

        CopyStream(Connection connection, String sql) {
            this.connection = connection;
            this.sql = sql;
        }

        StringBuilder text() {
            return text;
        }

        void rowWritten() throws SQLException {
            if (text.length() >= PIECE) {
                send();
            }
        }

        private void send() throws SQLException {
            write(text);
            text.setLength(0);
        }

        /** Sends text as it stands, starting the COPY if this is its first; nothing starts for no text. */
        void write(CharSequence data) throws SQLException {
            if (data.length() == 0) {
                return;
            }
            if (copy == null) {
                copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
            }
            byte[] bytes = data.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
        }

        /** Sends the rest and waits for PostgreSQL to have stored every row. */
        void end() throws SQLException {
            send();
            if (copy != null) {
                copy.endCopy();
            }
        }

        /** A COPY not ended (a row failed to be written) is cancelled, leaving the connection usable for the rollback. */
        @Override
        public void close() throws SQLException {
            if (copy != null && copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** One row in COPY's text format: tab-separated, \N for null, backslash escapes. */
    private void textRow(StringBuilder out, ValidatedRow row) {
        out.append(rowPrefix).append(row.rowNumber()).append('\t').append(cyclePrefix);
        List<String> values = row.values();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append('\t');
            }
            String value = values.get(i);
            if (value == null) {
                out.append(i == zeroWhenEmpty ? "0" : "\\N");
            } else {
                escape(out, value);
            }
        }
        out.append('\n');
    }

    private static String escaped(String value) {
        StringBuilder out = new StringBuilder(value.length());
        escape(out, value);
        return out.toString();
    }

    private static void escape(StringBuilder out, String value) {
        int plain = 0;
        while (plain < value.length()) {
            char c = value.charAt(plain);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                break;
            }
            plain++;
        }
        if (plain == value.length()) {
            out.append(value); // nearly every value: nothing to escape
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
