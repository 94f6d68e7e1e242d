package org.sescert.checking.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.sescert.output.Manifest;
import org.sescert.output.OutputFolder;
import org.sescert.system.Version;
import org.sescert.output.OutputFolders;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Makes this run's findings the cycle's findings, in one transaction: earlier runs' findings go,
 * and the findings file written for this run replaces the cycle's. A run older than the one
 * already published is refused.
 */
public final class CheckPublisher implements Tasklet {

    private final JdbcTemplate jdbc;
    private final CheckRun run;
    private final OutputFolders outputs;

    public CheckPublisher(JdbcTemplate jdbc, CheckRun run, OutputFolders outputs) {
        this.jdbc = jdbc;
        this.run = run;
        this.outputs = outputs;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        String cycle = run.cycleId();
        long runId = run.runId();
        Long current = jdbc.query("select run_id from cycle_check where cycle_id = ?", rs -> rs.next() ? rs.getLong(1) : null, cycle);
        if (current != null && current > runId) {
            throw new IllegalStateException("check run " + current + " of cycle " + cycle + " is newer than run " + runId + "; this run is not published");
        }
        // Earlier runs of the same load go; other loads keep their last findings, for going back to them.
        jdbc.update("delete from finding where run_id in (select run_id from check_run where cycle_id = ? and load_id = ? and run_id <> ?)",
                cycle, run.loadId(), runId);
        jdbc.update("""
                insert into cycle_check (cycle_id, run_id) values (?, ?)
                on conflict (cycle_id) do update set run_id = excluded.run_id""", cycle, runId);
        jdbc.update("update check_run set status = 'DONE', finished_at = now(), job_execution_id = ? where run_id = ?",
                contribution.getStepExecution().getJobExecutionId(), runId);
        OutputFolder folder = outputs.of(cycle);
        Manifest manifest = Manifest.of(folder).forLoad(run.loadId());
        Path pending = FindingsFile.pending(folder, runId);
        if (Files.exists(pending)) {
            Files.move(pending, FindingsFile.published(folder), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } else if (!Files.exists(FindingsFile.published(folder))) {
            throw new IllegalStateException("the findings file of check run " + runId + " is missing from " + folder.dir() + "; run the check again");
        }
        // else this step ran before, moved the file and stopped before the database committed: it is this run's.
        manifest.file(FindingsFile.NAME, contribution.getStepExecution().getJobExecution().getJobInstance().getJobName(),
                contribution.getStepExecution().getJobExecutionId());
        manifest.section("check", CheckRunRecords.describe(jdbc, runId)).write(Version.program());
        return RepeatStatus.FINISHED;
    }
}
