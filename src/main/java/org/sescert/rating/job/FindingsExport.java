package org.sescert.rating.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sescert.reporting.SpreadsheetText;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes this run's findings, sorted by severity, rule and subject, for the publish step to put at {@code out/<cycle>/findings.csv}. */
final class FindingsExport implements Tasklet {

    static final List<String> COLUMNS = List.of("cycle_id", "rule", "severity", "scope", "subject", "message", "evidence");
    /** ERROR first; then rule and subject; message and evidence only to make the order total. */
    static final String ORDER = "case severity when 'ERROR' then 0 when 'WARNING' then 1 else 2 end, rule, subject, message, evidence";

    private final JdbcTemplate jdbc;
    private final Path outDir;

    FindingsExport(JdbcTemplate jdbc, Path outDir) {
        this.jdbc = jdbc;
        this.outDir = outDir;
    }

    static Path csv(Path outDir, String cycleId) {
        return outDir.resolve(cycleId).resolve("findings.csv");
    }

    /** Where a run's findings file waits until the run is published. */
    static Path pending(Path outDir, String cycleId, long runId) {
        return outDir.resolve(cycleId).resolve(".findings-run-" + runId + ".csv");
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        String cycle = CheckJobParameters.cycleId(contribution.getStepExecution().getJobExecution().getJobParameters());
        long runId = CheckJobParameters.runId(contribution.getStepExecution().getJobExecution().getJobParameters());
        Path file = pending(outDir, cycle, runId);
        Files.createDirectories(file.getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get())) {
            jdbc.query("select cycle_id, rule, severity, scope, subject, message, evidence from finding where run_id = ? order by " + ORDER,
                    rs -> {
                        try {
                            csv.printRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                    SpreadsheetText.safe(rs.getString(5)), SpreadsheetText.safe(rs.getString(6)), SpreadsheetText.safe(rs.getString(7)));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }, runId);
        }
        return RepeatStatus.FINISHED;
    }
}
