package org.sescert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second sescert on a data folder whose database another one holds gets one line naming the
 * process that holds it, exit code 4, and no Spring page.
 */
class DataFolderInUseFunctionalTests {

    @TempDir
    Path dir;

    @Test
    void aSecondCommandOnAFolderInUseGetsOneLineNamingTheProcessAndExitsFour() throws Exception {
        // A database folder as the other sescert's server leaves it while it runs: made, locked, its pid file naming the server.
        Path postgres = Files.createDirectories(dir.resolve("data/postgres"));
        Files.writeString(postgres.resolve("postgresql.conf"), "# made by initdb\n");
        Files.writeString(postgres.resolve("postmaster.pid"), "4711\n" + postgres + "\n");
        System.setProperty("sescert.embedded.data-dir", postgres.toString());
        try (FileChannel channel = FileChannel.open(postgres.resolve("epg-lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            picocli.CommandLine cli = SescertCommand.commandLine();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));

            int code = cli.execute("loads");

            assertThat(code).isEqualTo(ExitCodes.BUSY).isEqualTo(4);
            assertThat(err.toString().strip().lines()).hasSize(1);
            assertThat(err.toString()).startsWith("sescert: the data folder " + postgres.getParent() + " is in use by another sescert")
                    .contains("(its database server is process 4711)").doesNotContain("Exception").doesNotContain("bean");
        } finally {
            System.clearProperty("sescert.embedded.data-dir");
        }
    }
}
