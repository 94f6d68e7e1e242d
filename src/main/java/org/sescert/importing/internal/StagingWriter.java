package org.sescert.importing.internal;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.sescert.importing.ColumnLayout;
import org.sescert.importing.RowProblem;
import org.sescert.importing.SheetLayout;
import org.sescert.importing.ValidatedRow;
import org.sescert.importing.WorkbookLayout;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes a chunk of checked rows with PostgreSQL's COPY: accepted rows to the sheet's staging
 * table, every problem of a rejected row to the reject table. It uses the chunk's own
 * connection, so a chunk's rows and rejects commit or roll back together.
 */
public class StagingWriter implements ItemWriter<ValidatedRow> {

    /** PostgreSQL's CSV dialect: an unquoted empty field is NULL, a quoted one an empty string. */
    private static final CSVFormat COPY_CSV = CSVFormat.POSTGRESQL_CSV;

    private final SheetLayout sheet;
    private final DataSource dataSource;
    private final String copyRows;
    private final long loadId;
    private final String file;

    /** One writer per step execution (step scope): the sheet is the step's, the load the job's. */
    public StagingWriter(StepExecution step, DataSource dataSource, WorkbookLayout layout) {
        this.sheet = layout.sheetOfStep(step.getStepName());
        this.dataSource = dataSource;
        ImportJobParameters parameters = ImportJobParameters.from(step);
        this.loadId = parameters.loadId();
        this.file = parameters.location(sheet.name());
        this.copyRows = "copy " + sheet.stageTable() + " (load_id, row_number, "
                + String.join(", ", sheet.columns().stream().map(ColumnLayout::name).toList()) + ") from stdin (format csv)";
    }

    @Override
    public void write(Chunk<? extends ValidatedRow> chunk) throws Exception {
        StringBuilder accepted = new StringBuilder();
        StringBuilder rejects = new StringBuilder();
        StringBuilder rejectedKeys = new StringBuilder();
        try (CSVPrinter rows = new CSVPrinter(accepted, COPY_CSV);
             CSVPrinter problems = new CSVPrinter(rejects, COPY_CSV);
             CSVPrinter keys = new CSVPrinter(rejectedKeys, COPY_CSV)) {
            for (ValidatedRow row : chunk) {
                if (row.accepted()) {
                    List<Object> record = new ArrayList<>(row.values().size() + 2);
                    record.add(loadId);
                    record.add(row.rowNumber());
                    record.addAll(row.values());
                    rows.printRecord(record);
                    continue;
                }
                for (RowProblem p : row.problems()) {
                    problems.printRecord(loadId, file, sheet.name(), row.rowNumber(), p.column(), p.value(), p.code(), p.message());
                }
                // Rows of other sheets that refer to this one by its key can then say it was rejected.
                String key = sheet.keyColumn() == null ? null : row.values().get(sheet.indexOf(sheet.keyColumn()));
                if (key != null) {
                    keys.printRecord(loadId, sheet.name(), row.rowNumber(), key);
                }
            }
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            copy(connection, copyRows, accepted);
            copy(connection, "copy reject (load_id, file, sheet, row_number, column_name, value, code, message) from stdin (format csv)", rejects);
            copy(connection, "copy stage_rejected_key (load_id, sheet, row_number, key) from stdin (format csv)", rejectedKeys);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void copy(Connection connection, String sql, CharSequence csv) throws SQLException, IOException {
        if (csv.length() > 0) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(csv.toString()));
        }
    }
}
