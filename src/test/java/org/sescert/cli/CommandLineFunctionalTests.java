package org.sescert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The commands as a user runs them: exit codes, one-line errors, no stack traces. */
class CommandLineFunctionalTests {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void throwAwayDatabase() {
        System.setProperty("sescert.embedded.ephemeral", "true");
        System.setProperty("sescert.out-dir", "target/test-out-cli");
    }

    @AfterAll
    static void restore() {
        System.clearProperty("sescert.embedded.ephemeral");
        System.clearProperty("sescert.out-dir");
    }

    private int run(String... args) {
        CommandLine cli = SescertCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void aMissingRequiredColumnExitsTwoWithOneLineAndNoStackTrace() throws Exception {
        Path noComponent = Files.createDirectories(dir.resolve("csv"));
        org.sescert.importing.FixtureAccess.copyCsvWithout(Path.of("src/test/resources/fixtures/bad-rows"), noComponent, "executives.csv", "component");

        int code = run("import", noComponent.toString());

        assertThat(code).isEqualTo(ExitCodes.UNUSABLE);
        assertThat(err.toString().strip()).startsWith("sescert: executives.csv, sheet Executives: required column component is missing")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(err.toString().strip().lines()).hasSize(1);
    }

    @Test
    void rejectedRowsExitOneUnlessAllowed() {
        String fixture = "src/test/resources/fixtures/bad-rows";
        // The fixture is mostly bad rows: more than the 10% a load may lose by default, so it is accepted only when told.
        assertThat(run("import", "--max-rejected", "100", fixture)).isEqualTo(ExitCodes.FINDINGS);
        assertThat(out.toString()).contains("Imported cycle FY2099").contains("rows rejected")
                .contains("Exit 1: 23 rows were rejected").contains("--allow-rejects makes this exit 0");
        assertThat(run("import", "--max-rejected", "100", "--allow-rejects", fixture)).isEqualTo(ExitCodes.OK);
    }

    @Test
    void badUsageExitsTwo() {
        assertThat(run("import")).isEqualTo(ExitCodes.UNUSABLE);
        assertThat(run("import", "--source-schema", "s", "x.xlsx")).isEqualTo(ExitCodes.UNUSABLE);
        assertThat(run("no-such-command")).isEqualTo(ExitCodes.UNUSABLE);
    }

    @Test
    void templateWritesAWorkbookWithoutADatabase() {
        Path file = dir.resolve("blank.xlsx");
        assertThat(run("template", file.toString())).isEqualTo(ExitCodes.OK);
        assertThat(file).exists();
        assertThat(run("template", dir.resolve("blank.txt").toString())).isEqualTo(ExitCodes.UNUSABLE);
    }

    @Test
    void checkExitsOneOnErrorFindingsUnlessToldNotToAndTwoForAnUnknownCycleOrPolicy() {
        // Each command is its own process in real use: the database must outlive them, as it does for a user.
        System.setProperty("sescert.embedded.ephemeral", "false");
        System.setProperty("sescert.embedded.data-dir", dir.resolve("pg").toString());
        try {
            checkExitCodes();
        } finally {
            System.setProperty("sescert.embedded.ephemeral", "true");
            System.clearProperty("sescert.embedded.data-dir");
        }
    }

    private void checkExitCodes() {
        String fixture = "src/test/resources/fixtures/bad-rows";
        assertThat(run("import", "--replace", "--allow-rejects", fixture)).isEqualTo(ExitCodes.OK);

        assertThat(run("check", "--cycle", "FY2099")).isEqualTo(ExitCodes.FINDINGS);
        assertThat(out.toString()).contains("Checked cycle FY2099 under policy opm-fy2026").contains("PLAN_MISSING_ELEMENT")
                .contains("findings.csv");
        assertThat(run("check", "--cycle", "FY2099", "--fail-on", "NEVER")).isEqualTo(ExitCodes.OK);
        assertThat(run("check", "--cycle", "FY2099", "--fail-on", "never")).as("option values ignore case").isEqualTo(ExitCodes.OK);
        assertThat(run("check", "--cycle", "FY2099", "--fail-on", "warn")).as("an unambiguous prefix").isEqualTo(ExitCodes.FINDINGS);
        assertThat(out.toString()).contains("Exit 1: ").contains("(--fail-on WARNING)");

        assertThat(run("check", "--cycle", "FY1999")).isEqualTo(ExitCodes.UNUSABLE);
        assertThat(err.toString()).contains("sescert: cycle FY1999 is not in the database");
        assertThat(run("check", "--cycle", "FY2099", "--policy", "opm-2030")).isEqualTo(ExitCodes.UNUSABLE);
        assertThat(err.toString()).contains("policy opm-2030 is neither a shipped pack");
    }
}
