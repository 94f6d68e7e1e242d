package org.sescert.importing.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.sescert.importing.CycleLayout;
import org.sescert.reporting.SpreadsheetText;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Writes a load's rejects to {@code out/<cycle>/rejects.csv} and {@code rejects.xlsx}, in sheet
 * and row order, for the analyst to fix and reload. Rows are streamed from the database; the
 * workbook is written with POI's streaming (SXSSF) writer. A load without rejects removes
 * the files an earlier load left, so that what is on disk always matches the current load.
 */
public final class RejectsExport implements Tasklet {

    public static final List<String> COLUMNS = List.of("file", "sheet", "row", "column", "value", "code", "message");

    private final NamedParameterJdbcTemplate jdbc;
    private final Path outDir;

    public RejectsExport(NamedParameterJdbcTemplate jdbc, Path outDir) {
        this.jdbc = jdbc;
        this.outDir = outDir;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        long loadId = ImportJobParameters.loadId(contribution.getStepExecution().getJobExecution().getJobParameters());
        Map<String, Object> load = jdbc.queryForMap("select cycle_id from load where load_id = :load", Map.of("load", loadId));
        Path dir = outDir.resolve((String) load.get("cycle_id"));
        Path csv = dir.resolve("rejects.csv");
        Path xlsx = dir.resolve("rejects.xlsx");
        Long count = jdbc.queryForObject("select count(*) from reject where load_id = :load", Map.of("load", loadId), Long.class);
        if (count == null || count == 0) {
            Files.deleteIfExists(csv);
            Files.deleteIfExists(xlsx);
            return RepeatStatus.FINISHED;
        }
        Files.createDirectories(dir);
        String sheetOrder = "case sheet " + String.join(" ", CycleLayout.ROW_SHEETS.stream()
                .map(s -> "when '" + s.name() + "' then " + CycleLayout.ROW_SHEETS.indexOf(s)).toList()) + " else 99 end";
        String query = "select file, sheet, row_number, column_name, value, code, message from reject where load_id = :load"
                + " order by " + sheetOrder + ", row_number, reject_id";
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get());
             SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = workbook.createSheet("Rejects");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(COLUMNS.get(i));
                header.getCell(i).setCellStyle(bold);
            }
            int[] next = {1};
            jdbc.query(query, Map.of("load", loadId), rs -> {
                Object[] values = {rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)};
                try {
                    printer.printRecord(values[0], values[1], values[2], values[3], SpreadsheetText.safe((String) values[4]), values[5], values[6]);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < values.length; i++) {
                    if (values[i] instanceof Long n) {
                        row.createCell(i).setCellValue(n);
                    } else if (values[i] != null) {
                        row.createCell(i).setCellValue(SpreadsheetText.safe((String) values[i]));
                    }
                }
            });
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next[0] - 1), 0, COLUMNS.size() - 1));
            int[] widths = {24, 16, 8, 20, 24, 22, 90};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            try (OutputStream file = Files.newOutputStream(xlsx)) {
                workbook.write(file);
            }
        }
        return RepeatStatus.FINISHED;
    }
}
