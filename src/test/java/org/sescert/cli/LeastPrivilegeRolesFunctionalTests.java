package org.sescert.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.sescert.system.DatabaseServer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import picocli.CommandLine;

/**
 * The README's least-privilege roles, run as written on a fresh server: the owner migrates, the
 * loader imports and checks a cycle with no right to change the schema, and the reader reads the
 * report views and can write nothing.
 */
class LeastPrivilegeRolesFunctionalTests {

    @Test
    void theReadmesRolesMigrateLoadCheckAndReadWithNoMoreRightThanEachNeeds() throws Exception {
        List<String> blocks = sqlBlocks(Files.readString(Path.of("README.md")));
        assertThat(blocks).hasSize(2);
        try (DatabaseServer server = DatabaseServer.embedded(null)) {
            // The embedded server's URL names its superuser: each role connects without it.
            String url = DatabaseServer.withoutCredentials(server.jdbcUrl());
            JdbcTemplate superuser = jdbc(url, "postgres");
            superuser.execute(blocks.get(0));

            Flyway.configure().dataSource(url, "sescert_owner", "change-me").locations("classpath:sql").load().migrate();
            jdbc(url, "sescert_owner").execute(blocks.get(1));

            System.setProperty("sescert.db.url", url);
            System.setProperty("sescert.db.user", "sescert_loader");
            System.setProperty("sescert.db.password", "change-me");
            System.setProperty("sescert.out-dir", "target/test-out-roles");
            try {
                assertThat(run("import", "--allow-rejects", "sample-data/csv")).isEqualTo(ExitCodes.OK);
                assertThat(run("check", "--cycle", "FY2026", "--fail-on", "never")).isEqualTo(ExitCodes.OK);
                assertThat(run("loads", "--cycle", "FY2026")).isEqualTo(ExitCodes.OK);
            } finally {
                System.clearProperty("sescert.db.url");
                System.clearProperty("sescert.db.user");
                System.clearProperty("sescert.db.password");
                System.clearProperty("sescert.out-dir");
            }

            JdbcTemplate loader = jdbc(url, "sescert_loader");
            assertThatThrownBy(() -> loader.execute("create table intruder (x int)")).hasStackTraceContaining("permission denied");
            assertThatThrownBy(() -> loader.execute("drop table finding")).hasStackTraceContaining("must be owner");

            JdbcTemplate reader = jdbc(url, "sescert_reader");
            assertThat(reader.queryForObject("select count(*) from executive where cycle_id = 'FY2026'", Long.class)).isEqualTo(297);
            assertThat(reader.queryForObject("select count(*) from rating_distribution", Long.class)).isPositive();
            assertThat(reader.queryForObject("select count(*) from finding", Long.class)).isPositive();
            assertThatThrownBy(() -> reader.update("delete from finding")).hasStackTraceContaining("permission denied");
            assertThatThrownBy(() -> reader.queryForObject("select count(*) from load_executive", Long.class)).hasStackTraceContaining("permission denied");
        }
    }

    private static int run(String... args) {
        CommandLine cli = SescertCommand.commandLine();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        assertThat(err.toString()).as(String.join(" ", args)).doesNotContain("permission denied");
        return code;
    }

    private static JdbcTemplate jdbc(String url, String user) {
        return new JdbcTemplate(new DriverManagerDataSource(url, user, "change-me"));
    }

    /** The README's ```sql blocks under "Least-privilege database roles". */
    static List<String> sqlBlocks(String readme) {
        String section = readme.substring(readme.indexOf("### Least-privilege database roles"));
        section = section.substring(0, section.indexOf("\n## "));
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("```sql\n(.*?)```", Pattern.DOTALL).matcher(section);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }
}
