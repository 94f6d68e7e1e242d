package org.sescert.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The progress line a long step logs when no terminal shows a bar, and that showing progress never fails a step. */
class ProgressLogTests {

    private static ProgressLog.Measure bytes(long done, long total) {
        return new ProgressLog.Measure() {
            public long done() {
                return done;
            }

            public long total() {
                return total;
            }

            public String unit() {
                return "B";
            }
        };
    }

    @Test
    void withTheInputsSizeTheLineSaysTheShareDoneAndTheTimeLeft() {
        // 12,000 rows in 5 s, through 40% of the file: 7.5 s more at this pace.
        assertThat(ProgressLog.line(12_000, 2_400, 5.0, bytes(4_000_000, 10_000_000)))
                .isEqualTo("12000 rows read (2400 rows/s), 40% of the input, about 8 s left");
        // Long waits in minutes.
        assertThat(ProgressLog.line(1_000, 10, 100.0, bytes(1, 4)))
                .isEqualTo("1000 rows read (10 rows/s), 25% of the input, about 5 min left");
    }

    @Test
    void withoutItTheLineSaysRowsAndRateOnly() {
        assertThat(ProgressLog.line(12_000, 2_400, 5.0, null)).isEqualTo("12000 rows read (2400 rows/s)");
        assertThat(ProgressLog.line(12_000, 2_400, 5.0, bytes(0, -1))).isEqualTo("12000 rows read (2400 rows/s)");
    }

    @Test
    void atTheEndOfTheInputNoTimeIsLeft() {
        assertThat(ProgressLog.line(30_000, 3_000, 10.0, bytes(10_000_000, 10_000_000)))
                .isEqualTo("30000 rows read (3000 rows/s), 100% of the input");
    }

    @Test
    void afterARestartTheTimeLeftFollowsThisRunsPaceNotTheRowsSkipped() {
        // Half the file was read before the restart; this run read 10% more in 10 s: 40 s for the remaining 40%.
        assertThat(ProgressLog.line(60_000, 6_000, 10.0, bytes(6_000_000, 10_000_000), 5_000_000))
                .isEqualTo("60000 rows read (6000 rows/s), 60% of the input, about 40 s left");
    }

    @Test
    void aMeasureThatFailsNeverFailsTheChunk() {
        ProgressLog.Measure broken = new ProgressLog.Measure() {
            public long done() {
                throw new IllegalStateException("the reader is closed");
            }

            public long total() {
                return 10;
            }

            public String unit() {
                return "B";
            }
        };
        var job = new org.springframework.batch.core.job.JobExecution(1L, new org.springframework.batch.core.job.JobInstance(1L, "cycle-import"),
                new org.springframework.batch.core.job.parameters.JobParameters());
        var step = new org.springframework.batch.core.step.StepExecution(1L, "import-Elements", job);
        for (boolean interactive : new boolean[] {false, true}) {
            ProgressLog log = new ProgressLog("Elements", s -> broken, interactive);
            log.beforeStep(step);
            org.assertj.core.api.Assertions.assertThatCode(() -> {
                log.afterChunk(new org.springframework.batch.infrastructure.item.Chunk<>());
                log.afterChunk(new org.springframework.batch.infrastructure.item.Chunk<>());
                log.afterStep(step);
            }).as("interactive " + interactive).doesNotThrowAnyException();
        }
    }
}
