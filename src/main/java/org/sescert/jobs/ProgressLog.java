package org.sescert.jobs;

import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * A progress line every few seconds while a long step runs: rows done and the rate. Counts
 * only; never a value from a row.
 */
public final class ProgressLog implements ChunkListener<Object, Object>, StepExecutionListener {

    /** The console shows this logger's lines; see logback-spring.xml. */
    private static final Logger LOG = LoggerFactory.getLogger("org.sescert.progress");
    private static final Duration EVERY = Duration.ofSeconds(5);

    private final String what;
    private StepExecution step;
    private Instant started;
    private Instant lastLine;

    public ProgressLog(String what) {
        this.what = what;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        org.slf4j.MDC.put("step", stepExecution.getStepName());
        step = stepExecution;
        started = Instant.now();
        lastLine = started;
    }

    @Override
    public org.springframework.batch.core.ExitStatus afterStep(StepExecution stepExecution) {
        org.slf4j.MDC.remove("step");
        return null;
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        Instant now = Instant.now();
        if (Duration.between(lastLine, now).compareTo(EVERY) >= 0) {
            lastLine = now;
            long rows = step.getReadCount();
            double seconds = Math.max(0.001, Duration.between(started, now).toMillis() / 1000.0);
            LOG.info("{}: {} rows read ({} rows/s)", what, rows, Math.round(rows / seconds));
        }
    }
}
