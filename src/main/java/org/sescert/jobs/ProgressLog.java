package org.sescert.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

import me.tongfei.progressbar.InteractiveConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * The progress of a long step: rows done, the rate and, when the step knows how much input there
 * is, the share done and the time left. On an interactive terminal a progress bar; otherwise (a
 * log file, a scheduler, a pipe) a line every few seconds. Counts only; never a value from a row.
 */
public final class ProgressLog implements ChunkListener<Object, Object>, StepExecutionListener {

    /**
     * How far a step is through its input, in the input's own unit: the bytes of a streamed file
     * (its size is known before its rows are), or rows when the total is counted beforehand.
     */
    public interface Measure {
        long done();

        /** The whole input; 0 or less when unknown. */
        long total();

        /** "B" for bytes, "rows" for rows. */
        String unit();

        /** Rows, against a total counted before the step. */
        static Measure rows(StepExecution step, long total) {
            return new Measure() {
                public long done() {
                    return step.getReadCount();
                }

                public long total() {
                    return total;
                }

                public String unit() {
                    return "rows";
                }
            };
        }

        /** Bytes of a streamed input: read so far and its size, either -1 until the input is open or when unknown. */
        static Measure bytes(java.util.function.LongSupplier read, java.util.function.LongSupplier size) {
            return new Measure() {
                public long done() {
                    return read.getAsLong();
                }

                public long total() {
                    return size.getAsLong();
                }

                public String unit() {
                    return "B";
                }
            };
        }
    }

    /** The console shows this logger's lines; see logback-spring.xml. */
    private static final Logger LOG = LoggerFactory.getLogger("org.sescert.progress");
    private static final Duration EVERY = Duration.ofSeconds(5);

    private final String what;
    private final Function<StepExecution, Measure> measuring;
    private final boolean interactive;
    private StepExecution step;
    private Measure measure;
    private Instant started;
    private Instant lastLine;
    private ProgressBar bar;

    /** Rows and rate only. */
    public ProgressLog(String what) {
        this(what, step -> null);
    }

    /** @param measuring the step's measure, made when the step starts (null for rows and rate only) */
    public ProgressLog(String what, Function<StepExecution, Measure> measuring) {
        this(what, measuring, System.console() != null);
    }

    ProgressLog(String what, Function<StepExecution, Measure> measuring, boolean interactive) {
        this.what = what;
        this.measuring = measuring;
        this.interactive = interactive;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        org.slf4j.MDC.put("step", stepExecution.getStepName());
        step = stepExecution;
        measure = measuring.apply(stepExecution);
        started = Instant.now();
        lastLine = started;
    }

    /**
     * Made at the first chunk, not before the step: a reader opens its input after the step's
     * listeners run, and only then is the size of a streamed file known.
     */
    private ProgressBar bar() {
        boolean known = measure != null && measure.total() > 0;
        // The interactive consumer stacks the bars of steps that run at once (sheets read side by side) on lines of their own.
        ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName(what).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new InteractiveConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(500).setMaxRenderedLength(100)
                .setInitialMax(known ? measure.total() : -1).startsFrom(0, Duration.between(started, Instant.now()));
        if (known && measure.unit().equals("B")) {
            // The bar and its ETA follow the bytes; the rows and their rate are the extra message.
            if (measure.total() >= 10_000_000) {
                builder.setUnit(" MB", 1_000_000);
            } else {
                builder.setUnit(" kB", 1_000);
            }
        } else {
            builder.setUnit(" rows", 1).showSpeed(new java.text.DecimalFormat("#"));
        }
        return builder.build();
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        org.slf4j.MDC.remove("step");
        if (bar != null) {
            if (stepExecution.getStatus() == org.springframework.batch.core.BatchStatus.COMPLETED && bar.getMax() > 0) {
                bar.stepTo(bar.getMax());
            }
            if (isBytes()) {
                // The step's count as it ended: during a chunk it still lacks that chunk's rows.
                bar.setExtraMessage(stepExecution.getReadCount() + " rows");
            }
            bar.close();
            bar = null;
        }
        return null;
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        Instant now = Instant.now();
        long rows = step.getReadCount();
        double seconds = Math.max(0.001, Duration.between(started, now).toMillis() / 1000.0);
        long rate = Math.round(rows / seconds);
        if (interactive) {
            if (bar == null) {
                bar = bar();
            }
            boolean bytes = isBytes();
            bar.stepTo(bytes ? Math.min(measure.done(), measure.total()) : rows);
            if (bytes) {
                bar.setExtraMessage(rows + " rows, " + rate + " rows/s");
            }
            return;
        }
        if (Duration.between(lastLine, now).compareTo(EVERY) >= 0) {
            lastLine = now;
            LOG.info("{}: {}", what, line(rows, rate, seconds, measure));
        }
    }

    private boolean isBytes() {
        return measure != null && measure.total() > 0 && measure.unit().equals("B");
    }

    /** "12000 rows read (2400 rows/s), 45% of the input, about 6 s left". */
    static String line(long rows, long rate, double seconds, Measure measure) {
        StringBuilder line = new StringBuilder().append(rows).append(" rows read (").append(rate).append(" rows/s)");
        if (measure != null && measure.total() > 0 && measure.done() > 0) {
            double share = Math.min(1.0, (double) measure.done() / measure.total());
            line.append(", ").append(Math.round(share * 100)).append("% of the input");
            if (share < 1.0) {
                long left = Math.round(seconds * (1 - share) / share);
                line.append(", about ").append(left < 90 ? left + " s" : Math.round(left / 60.0) + " min").append(" left");
            }
        }
        return line.toString();
    }
}
