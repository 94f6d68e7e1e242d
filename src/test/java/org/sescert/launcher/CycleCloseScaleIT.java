package org.sescert.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bounded memory, through the real launcher: a generated 50,000-executive cycle (250,000 element
 * rows) is dropped where a cycle-close job watches, and the job imports, checks and reports it in
 * one run, at -Xmx256m. Part of the default suite, so CI's one command runs it.
 */
class CycleCloseScaleIT {

    private static final Map<String, String> SMALL_HEAP = Map.of("SESCERT_JAVA_OPTS", "-Xmx256m");

    @TempDir
    Path temp;

    @Test
    void aFiftyThousandExecutiveCycleClosesAtAQuarterGigabyteOfHeap() throws Exception {
        Launcher sescert = new Launcher(temp.resolve("home"));
        Path work = temp.resolve("work");
        Path drop = Files.createDirectories(temp.resolve("drop"));
        Path jobs = Files.createDirectories(temp.resolve("jobs"));
        Files.writeString(jobs.resolve("close.yml"), """
                job: cycle-close
                cron: "0 0 6 * * ?"
                inputs:
                  drop_folder: %s
                  pattern: "fy2026*"
                parameters:
                  max_rejected: 10
                """.formatted(drop));

        Launcher.Result generated = sescert.run(SMALL_HEAP, work, "generate", "--executives", "50000", "--seed", "50", "--format", "csv",
                "--plant", "quota,inversion", "generated");
        assertThat(generated.exitCode()).as(generated.err()).isZero();
        Files.move(work.resolve("generated/csv"), drop.resolve("fy2026"));

        Launcher.Result closed = sescert.run(SMALL_HEAP, work, "run", "close", "--jobs", jobs.toString());

        assertThat(closed.exitCode()).as(closed.out() + closed.err()).isIn(0, 1);
        assertThat(closed.err()).doesNotContain("OutOfMemoryError").doesNotContain("Exception");
        assertThat(closed.out()).contains("FY2026: load 1 current; check run 1 found");
        try (Stream<Path> done = Files.list(drop.resolve("done"))) {
            assertThat(done).singleElement().asString().endsWith("-fy2026");
        }
        // The package's manifest counts what the close loaded and checked: every executive, each with a plan.
        String manifest = Files.readString(work.resolve("out/FY2026/manifest.json"));
        assertThat(manifest).containsPattern("\"executives\" *: *50000\\b").containsPattern("\"plans\" *: *50000\\b");
        String findings = Files.readString(work.resolve("out/FY2026/findings.csv"));
        assertThat(findings).contains("DIST_QUOTA_PATTERN").contains("PAY_INVERSION");
        assertThat(work.resolve("out/FY2026/certification-evidence.pdf")).isRegularFile();
        assertThat(work.resolve("out/FY2026/opm-1558.xlsx")).isRegularFile();
    }
}
