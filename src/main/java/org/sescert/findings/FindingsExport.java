package org.sescert.findings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.sescert.output.CsvTable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A run's findings as a person reads them: sorted by severity, rule and subject, in the columns
 * of spec section 6. Every export of findings (the check's file, the certification package)
 * goes through here, so they always agree.
 */
public final class FindingsExport {

    public static final List<String> COLUMNS = List.of("cycle_id", "rule", "severity", "scope", "subject", "message", "evidence");
    /** ERROR first; then rule and subject; message and evidence only to make the order total. */
    public static final String ORDER = "case severity when 'ERROR' then 0 when 'WARNING' then 1 else 2 end, rule, subject, message, evidence";

    private FindingsExport() {
    }

    /** Writes a run's findings to a CSV file, streamed from the database. */
    public static void writeCsv(JdbcTemplate jdbc, long runId, Path file) throws IOException {
        try (CsvTable csv = CsvTable.export(file, COLUMNS)) {
            jdbc.query("select cycle_id, rule, severity, scope, subject, message, evidence from finding where run_id = ? order by " + ORDER,
                    rs -> {
                        csv.row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7));
                    }, runId);
        }
    }
}
