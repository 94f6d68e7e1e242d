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
    /**
     * One job bean serves every run of its job, and the scheduler may run two at once: each step
     * keeps its progress on its own thread, where Spring Batch runs it from start to end.
     */
    private final ThreadLocal<State> current = new ThreadLocal<>();

    /** A running step's progress: the input done when its first chunk ended, and when, are the base of the time left. */
    private static final class State {
        StepExecution step;
        Measure measure;
        Instant lastLine;
        ProgressBar bar;
        Instant baseAt;
        long base = -1;
    }

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
        State state = new State();
        state.step = stepExecution;
        state.lastLine = Instant.now();
        try {
            state.measure = measuring.apply(stepExecution);
        } catch (RuntimeException e) {
            LOG.debug("{}: no measure of the input ({}); rows and rate only", what, e.toString());
        }
        current.set(state);
    }

    /**
     * Made at the first chunk, not before the step: a reader opens its input after the step's
     * listeners run, and only then is the size of a streamed file known. It starts from what the
     * input shows done then (after a restart, the part read before), so that its time left counts
     * only this run's pace.
     */
    private ProgressBar bar(State state, long done) {
        boolean known = isBytes(state.measure);
        // The interactive consumer stacks the bars of steps that run at once (sheets read side by side) on lines of their own.
        ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName(what).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new InteractiveConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(500).setMaxRenderedLength(100)
                .setInitialMax(known ? state.measure.total() : -1).startsFrom(known ? Math.min(done, state.measure.total()) : 0, Duration.ZERO);
        if (known) {
            // The bar and its ETA follow the bytes; the rows and their rate are the extra message.
            if (state.measure.total() >= 10_000_000) {
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
        State state = current.get();
        current.remove();
        if (state == null || state.bar == null) {
            return null;
        }
        try (ProgressBar bar = state.bar) {
            if (stepExecution.getStatus() == org.springframework.batch.core.BatchStatus.COMPLETED && bar.getMax() > 0) {
                bar.stepTo(bar.getMax());
            }
            if (isBytes(state.measure)) {
                // The step's count as it ended: during a chunk it still lacks that chunk's rows.
                bar.setExtraMessage(stepExecution.getReadCount() + " rows");
            }
        } catch (RuntimeException e) {
            LOG.debug("{}: the progress bar could not finish ({})", what, e.toString());
        }
        return null;
    }

    /** Runs in the chunk's transaction: whatever goes wrong with showing progress must never fail the chunk. */
    @Override
    public void afterChunk(Chunk<Object> chunk) {
        State state = current.get();
        if (state == null) {
            return;
        }
        try {
            show(state);
        } catch (RuntimeException e) {
            LOG.debug("{}: progress not shown ({})", what, e.toString());
        }
    }

    private void show(State state) {
        Instant now = Instant.now();
        long rows = state.step.getReadCount();
        long done = state.measure == null ? rows : state.measure.done();
        if (state.base < 0) {
            state.base = done;
            state.baseAt = now;
        }
        double seconds = Math.max(0.001, Duration.between(state.baseAt, now).toMillis() / 1000.0);
        double stepSeconds = Math.max(0.001, Duration.between(state.step.getStartTime() == null ? state.baseAt
                : state.step.getStartTime().atZone(java.time.ZoneId.systemDefault()).toInstant(), now).toMillis() / 1000.0);
        long rate = Math.round(rows / stepSeconds);
        if (interactive) {
            if (state.bar == null) {
                state.bar = bar(state, done);
            }
            boolean bytes = isBytes(state.measure);
            state.bar.stepTo(bytes ? Math.min(done, state.measure.total()) : rows);
            if (bytes) {
                state.bar.setExtraMessage(rows + " rows, " + rate + " rows/s");
            }
            return;
        }
        if (Duration.between(state.lastLine, now).compareTo(EVERY) >= 0) {
            state.lastLine = now;
            LOG.info("{}: {}", what, line(rows, rate, seconds, state.measure, state.base));
        }
    }

    private static boolean isBytes(Measure measure) {
        return measure != null && measure.total() > 0 && measure.unit().equals("B");
    }

    static String line(long rows, long rate, double seconds, Measure measure) {
        return line(rows, rate, seconds, measure, 0);
    }

    /**
     * "12000 rows read (2400 rows/s), 45% of the input, about 6 s left".
     *
     * @param seconds since the input stood at {@code base} (its first chunk's end), the pace the time left follows
     * @param base    how much of the input was done then: after a restart, the part read before
     */
    static String line(long rows, long rate, double seconds, Measure measure, long base) {
        StringBuilder line = new StringBuilder().append(rows).append(" rows read (").append(rate).append(" rows/s)");
        if (measure != null && measure.total() > 0 && measure.done() > 0) {
            double share = Math.min(1.0, (double) measure.done() / measure.total());
            line.append(", ").append(Math.round(share * 100)).append("% of the input");
            double sinceBase = Math.min(1.0, (double) (measure.done() - base) / Math.max(1, measure.total() - base));
            if (share < 1.0 && sinceBase > 0) {
                long left = Math.round(seconds * (1 - sinceBase) / sinceBase);
                line.append(", about ").append(left < 90 ? left + " s" : Math.round(left / 60.0) + " min").append(" left");
            }
        }
        return line.toString();
    }
}
