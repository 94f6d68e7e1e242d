package org.sescert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** 'sescert report certification' as a user runs it: each command its own application, on one database that outlives them. */
class ReportCommandFunctionalTests {

    @TempDir
    static Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void aDatabaseThatOutlivesEachCommand() {
        System.setProperty("sescert.embedded.ephemeral", "false");
        System.setProperty("sescert.embedded.data-dir", dir.resolve("pg").toString());
        System.setProperty("sescert.out-dir", dir.resolve("out").toString());
    }

    @AfterAll
    static void restore() {
        System.clearProperty("sescert.embedded.ephemeral");
        System.clearProperty("sescert.embedded.data-dir");
        System.clearProperty("sescert.out-dir");
    }

    private int run(String... args) {
        CommandLine cli = SescertCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void thePackageIsWrittenForACheckedCycleAndRefusedBeforeTheCheck() {
        String fixture = "src/test/resources/fixtures/bad-rows";
        assertThat(run("import", "--max-rejected", "100", "--allow-rejects", fixture)).as("stderr: %s", err).isEqualTo(ExitCodes.OK);

        assertThat(run("report", "certification", "--cycle", "FY2099")).isEqualTo(ExitCodes.UNUSABLE);
        assertThat(err.toString().strip()).isEqualTo("sescert: cycle FY2099 has no check of its current load (load 1); "
                + "check it first: sescert check --cycle FY2099");

        assertThat(run("check", "--cycle", "FY2099", "--fail-on", "NEVER")).isEqualTo(ExitCodes.OK);
        Path elsewhere = dir.resolve("package");
        assertThat(run("report", "certification", "--cycle", "FY2099", "--out", elsewhere.toString())).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("Certification evidence package of cycle FY2099").contains("certification-evidence.pdf")
                .contains("opm-1558.xlsx").contains("distribution-disclosure.pdf").contains("Written to " + elsewhere.toAbsolutePath());
        assertThat(elsewhere.resolve("certification-evidence.pdf")).exists();
        assertThat(elsewhere.resolve("manifest.json")).exists();
        assertThat(err.toString().lines().count()).as("stderr: %s", err).isEqualTo(1);
    }

    @Test
    void badUsageExitsTwo() {
        assertThat(run("report")).isEqualTo(ExitCodes.UNUSABLE);
        assertThat(err.toString()).contains("say which report: certification");
        assertThat(run("report", "certification")).isEqualTo(ExitCodes.UNUSABLE);
        assertThat(run("report", "certification", "--cycle", "../etc")).isEqualTo(ExitCodes.UNUSABLE);
        assertThat(run("report", "certification", "--cycle", "FY1999")).isEqualTo(ExitCodes.UNUSABLE);
        assertThat(err.toString()).contains("cycle FY1999 is not in the database");
    }
}
