package org.sescert.findings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.sescert.output.CsvTable;
import org.sescert.output.ExportTable;
import org.sescert.output.OutputFolder;
import org.sescert.output.XlsxBook.Column;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A run's findings as a person reads them: sorted by severity, rule and subject, in the columns
 * of spec section 6. Every export of findings (the check's file, the certification package's
 * files and its appendix) goes through here, so they always agree.
 */
public final class FindingsExport {

    /** The package's files: {@code findings.csv} and {@code findings.xlsx}. */
    public static final String NAME = "findings";
    public static final List<String> COLUMNS = List.of("cycle_id", "rule", "severity", "scope", "subject", "message", "evidence");
    private static final List<Column> XLSX_COLUMNS = List.of(Column.text("cycle_id", 10), Column.text("rule", 30), Column.text("severity", 10),
            Column.text("scope", 10), Column.text("subject", 26), Column.text("message", 90), Column.text("evidence", 70));
    /** ERROR first; then rule and subject; message and evidence only to make the order total. */
    public static final String ORDER = "case severity when 'ERROR' then 0 when 'WARNING' then 1 else 2 end, rule, subject, message, evidence";

    /** One finding as exported. */
    public record Row(String cycleId, String rule, String severity, String scope, String subject, String message, String evidence) {
        List<Object> cells() {
            return java.util.Arrays.asList(cycleId, rule, severity, scope, subject, message, evidence);
        }
    }

    private FindingsExport() {
    }

    /** A run's findings in export order, streamed from the database. */
    public static void forEach(JdbcTemplate jdbc, long runId, Consumer<Row> each) {
        jdbc.query("select cycle_id, rule, severity, scope, subject, message, evidence from finding where run_id = ? order by " + ORDER,
                rs -> {
                    each.accept(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getString(7)));
                }, runId);
    }

    /** Writes a run's findings to a CSV file (the check's {@code findings.csv}). */
    public static void writeCsv(JdbcTemplate jdbc, long runId, Path file) throws IOException {
        try (CsvTable csv = CsvTable.export(file, COLUMNS)) {
            forEach(jdbc, runId, row -> csv.row(row.cells()));
        }
    }

    /** Writes a run's findings as {@code findings.csv} and {@code findings.xlsx} in a folder, the same rows in both. */
    public static void write(JdbcTemplate jdbc, long runId, OutputFolder folder) throws IOException {
        try (ExportTable table = ExportTable.open(folder, NAME, "Findings", XLSX_COLUMNS)) {
            forEach(jdbc, runId, row -> table.row(row.cells()));
        }
    }
}
