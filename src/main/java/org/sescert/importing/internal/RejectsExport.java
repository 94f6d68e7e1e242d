package org.sescert.importing.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.sescert.importing.CycleLayout;
import org.sescert.output.ExportTable;
import org.sescert.output.OutputFolder;
import org.sescert.output.OutputFolders;
import org.sescert.output.XlsxBook.Column;
import org.sescert.output.XlsxBook.Format;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Writes a load's rejects to {@code out/<cycle>/rejects.csv} and {@code rejects.xlsx}, in sheet
 * and row order, for the analyst to fix and reload. Rows are streamed from the database. A load
 * without rejects removes the files an earlier load left, so that what is on disk always
 * matches the current load.
 */
public final class RejectsExport implements Tasklet {

    public static final List<Column> COLUMNS = List.of(Column.text("file", 24), Column.text("sheet", 16), new Column("row", 8, Format.INTEGER),
            Column.text("column", 20), Column.text("value", 24), Column.text("code", 22), Column.text("message", 90));

    private final NamedParameterJdbcTemplate jdbc;
    private final OutputFolders outputs;

    public RejectsExport(NamedParameterJdbcTemplate jdbc, OutputFolders outputs) {
        this.jdbc = jdbc;
        this.outputs = outputs;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        long loadId = ImportJobParameters.from(contribution.getStepExecution()).loadId();
        String cycleId = jdbc.queryForObject("select cycle_id from load where load_id = :load", Map.of("load", loadId), String.class);
        OutputFolder folder = outputs.of(cycleId);
        Long count = jdbc.queryForObject("select count(*) from reject where load_id = :load", Map.of("load", loadId), Long.class);
        if (count == null || count == 0) {
            Files.deleteIfExists(folder.file("rejects.csv"));
            Files.deleteIfExists(folder.file("rejects.xlsx"));
            return RepeatStatus.FINISHED;
        }
        String sheetOrder = "case sheet " + String.join(" ", CycleLayout.ROW_SHEETS.stream()
                .map(s -> "when '" + s.name() + "' then " + CycleLayout.ROW_SHEETS.indexOf(s)).toList()) + " else 99 end";
        try (ExportTable rejects = ExportTable.open(folder, "rejects", "Rejects", COLUMNS)) {
            jdbc.query("select file, sheet, row_number, column_name, value, code, message from reject where load_id = :load"
                    + " order by " + sheetOrder + ", row_number, reject_id", Map.of("load", loadId), rs -> {
                rejects.row(java.util.Arrays.asList(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7)));
            });
        }
        return RepeatStatus.FINISHED;
    }
}
