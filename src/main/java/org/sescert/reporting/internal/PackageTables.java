package org.sescert.reporting.internal;

import java.io.IOException;
import java.nio.file.Files;

import org.sescert.findings.FindingsExport;
import org.sescert.importing.LoadHistory;
import org.sescert.output.OutputFolder;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The package's tables: the check run's findings ({@code findings.csv} and {@code .xlsx}, the one
 * sorted export the check's own file comes from) and the load's rejects when it has any (the
 * import's own export).
 */
public final class PackageTables implements Tasklet {

    private final JdbcTemplate jdbc;
    private final LoadHistory loads;
    private final ReportRun run;

    public PackageTables(JdbcTemplate jdbc, LoadHistory loads, ReportRun run) {
        this.jdbc = jdbc;
        this.loads = loads;
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        OutputFolder staging = run.staging();
        staging.create();
        FindingsExport.write(jdbc, run.checkRunId(), staging);
        if (!loads.writeRejects(run.loadId(), staging)) {
            for (String name : PackageFiles.REJECTS) {
                Files.deleteIfExists(staging.file(name));
            }
        }
        return RepeatStatus.FINISHED;
    }
}
