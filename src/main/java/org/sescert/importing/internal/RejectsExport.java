package org.sescert.importing.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.sescert.importing.WorkbookLayout;
import org.sescert.output.ExportTable;
import org.sescert.output.OutputFolder;
import org.sescert.output.XlsxBook.Column;
import org.sescert.output.XlsxBook.Format;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A load's rejects as {@code rejects.csv} and {@code rejects.xlsx}, in sheet and row order, for the
 * analyst to fix and reload. Rows are streamed from the database.
 */
public final class RejectsExport {

    public static final String CSV = "rejects.csv";
    public static final String XLSX = "rejects.xlsx";
    public static final List<Column> COLUMNS = List.of(Column.text("file", 24), Column.text("sheet", 16), new Column("row", 8, Format.INTEGER),
            Column.text("column", 20), Column.text("value", 24), Column.text("code", 22), Column.text("message", 90));

    private RejectsExport() {
    }

    /** @return whether the load has rejects (and so whether the files were written) */
    public static boolean write(NamedParameterJdbcTemplate jdbc, WorkbookLayout layout, long loadId, OutputFolder folder) throws IOException {
        Long count = jdbc.queryForObject("select count(*) from reject where load_id = :load", Map.of("load", loadId), Long.class);
        if (count == null || count == 0) {
            return false;
        }
        String sheetOrder = "case sheet " + String.join(" ", layout.rowSheets().stream()
                .map(s -> "when '" + s.name() + "' then " + layout.rowSheets().indexOf(s)).toList()) + " else 99 end";
        try (ExportTable rejects = ExportTable.open(folder, "rejects", "Rejects", COLUMNS)) {
            jdbc.query("select file, sheet, row_number, column_name, value, code, message from reject where load_id = :load"
                    + " order by " + sheetOrder + ", row_number, reject_id", Map.of("load", loadId), rs -> {
                rejects.row(Arrays.asList(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7)));
            });
        }
        return true;
    }
}
