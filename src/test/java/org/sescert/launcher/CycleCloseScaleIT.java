package org.sescert.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bounded memory, through the real launcher: a 50,000-executive cycle (250,000 element rows) is
 * generated, imported, checked and, where the build has the certification report command,
 * reported, every command at -Xmx256m. This stands in for the cycle-close job (import, check,
 * report chained) until that job exists; its owner switches the commands over to it. Run by the
 * Maven profile {@code scale} ({@code ./mvnw verify -Pscale}), which .ci/run runs after the suite.
 */
class CycleCloseScaleIT {

    private static final Map<String, String> SMALL_HEAP = Map.of("SESCERT_JAVA_OPTS", "-Xmx256m");

    @TempDir
    Path temp;

    @Test
    void aFiftyThousandExecutiveCycleClosesAtAQuarterGigabyteOfHeap() throws Exception {
        Launcher sescert = new Launcher(temp.resolve("home"));
        Path work = temp.resolve("work");

        Launcher.Result generated = sescert.run(SMALL_HEAP, work, "generate", "--executives", "50000", "--seed", "50", "--format", "csv",
                "--plant", "quota,inversion", "cycle");
        assertThat(generated.exitCode()).as(generated.err()).isZero();
        Launcher.Result imported = sescert.run(SMALL_HEAP, work, "import", "--allow-rejects", work.resolve("cycle/csv").toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).containsPattern("Executives +50000 +50000 +0").containsPattern("Elements +250000 +250000 +0");

        Launcher.Result checked = sescert.run(SMALL_HEAP, work, "check", "--cycle", "FY2026", "--fail-on", "never");
        assertThat(checked.exitCode()).as(checked.err()).isZero();
        assertThat(checked.out()).contains("DIST_QUOTA_PATTERN").contains("PAY_INVERSION");
        assertThat(Files.size(work.resolve("out/FY2026/findings.csv"))).isPositive();

        Launcher.Result help = sescert.run(work, "report", "--help");
        if (help.out().contains("certification")) {
            Launcher.Result reported = sescert.run(SMALL_HEAP, work, "report", "certification", "--cycle", "FY2026");
            assertThat(reported.exitCode()).as(reported.err()).isIn(0, 1);
        }
    }
}
