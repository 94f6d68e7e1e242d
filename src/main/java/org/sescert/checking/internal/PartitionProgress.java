package org.sescert.checking.internal;

import java.util.Objects;
import java.util.stream.Stream;

import org.sescert.checking.CheckJobParameters;
import org.sescert.jobs.ProgressLog;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The progress of each partition of the executives step, against the executives of its own range
 * (a bar a partition on a terminal, stacked, or log lines). One listener serves every partition of
 * the process; a partition's step runs on one thread from start to end, so each thread keeps its
 * own partition's progress.
 */
public final class PartitionProgress implements ChunkListener<Object, Object>, StepExecutionListener {

    private final JdbcTemplate jdbc;
    private final ThreadLocal<ProgressLog> current = new ThreadLocal<>();

    public PartitionProgress(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void beforeStep(StepExecution step) {
        String from = step.getExecutionContext().getString(ExecutivePartitioner.FROM, null);
        String to = step.getExecutionContext().getString(ExecutivePartitioner.TO, null);
        long executives;
        try {
            executives = jdbc.queryForObject("select count(*) from executive e where e.cycle_id = ? and " + ExecutiveCases.partitionRange(from != null, to != null),
                    Long.class, Stream.of(CheckJobParameters.from(step).cycleId(), from, to).filter(Objects::nonNull).toArray());
        } catch (RuntimeException e) {
            executives = -1; // progress without a total: rows and rate only; never a reason to fail the partition
        }
        long total = executives;
        ProgressLog log = new ProgressLog("check executives (" + step.getStepName().replaceFirst("^[^:]*:", "") + ")",
                s -> ProgressLog.Measure.rows(s, total));
        log.beforeStep(step);
        current.set(log);
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        ProgressLog log = current.get();
        if (log != null) {
            log.afterChunk(chunk);
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        ProgressLog log = current.get();
        current.remove();
        return log == null ? null : log.afterStep(step);
    }
}
