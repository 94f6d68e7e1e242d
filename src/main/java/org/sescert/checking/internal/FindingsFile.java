package org.sescert.checking.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.sescert.findings.FindingsExport;
import org.sescert.output.OutputFolder;
import org.sescert.output.OutputFolders;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes this run's findings file beside the cycle's current one; the publish step puts it in
 * place with the findings themselves, so the file never describes a run that was not published.
 */
public final class FindingsFile implements Tasklet {

    private final JdbcTemplate jdbc;
    private final CheckRun run;
    private final OutputFolders outputs;

    public FindingsFile(JdbcTemplate jdbc, CheckRun run, OutputFolders outputs) {
        this.jdbc = jdbc;
        this.run = run;
        this.outputs = outputs;
    }

    public static final String NAME = "findings.csv";

    public static Path published(OutputFolder folder) {
        return folder.file(NAME);
    }

    /** Where a run's findings file waits until the run is published. */
    static Path pending(OutputFolder folder, long runId) {
        return folder.file(".findings-run-" + runId + ".csv");
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        FindingsExport.writeCsv(jdbc, run.runId(), pending(outputs.of(run.cycleId()), run.runId()));
        return RepeatStatus.FINISHED;
    }
}
