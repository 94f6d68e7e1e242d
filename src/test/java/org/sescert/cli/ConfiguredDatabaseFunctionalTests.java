package org.sescert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.sescert.system.DatabaseServer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import picocli.CommandLine;

/** With SESCERT_DB_URL (here as the equivalent property) the program uses that server, not an embedded one. */
class ConfiguredDatabaseFunctionalTests {

    @Test
    void importWritesToTheConfiguredServer() throws Exception {
        try (DatabaseServer server = DatabaseServer.embedded(null)) {
            System.setProperty("sescert.db.url", server.jdbcUrl());
            System.setProperty("sescert.db.user", server.user());
            System.setProperty("sescert.out-dir", "target/test-out-configured");
            try {
                CommandLine cli = SescertCommand.commandLine();
                cli.setOut(new PrintWriter(new StringWriter()));
                cli.setErr(new PrintWriter(new StringWriter()));
                int code = cli.execute("import", Path.of("src/test/resources/fixtures/libreoffice-cycle.xlsx").toString());

                assertThat(code).isEqualTo(ExitCodes.OK);
                JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(server.jdbcUrl(), server.user(), ""));
                assertThat(jdbc.queryForObject("select count(*) from executive where cycle_id = 'FY2025'", Integer.class)).isEqualTo(3);
                assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class)).isPositive();
            } finally {
                System.clearProperty("sescert.db.url");
                System.clearProperty("sescert.db.user");
                System.clearProperty("sescert.out-dir");
            }
        }
    }
}
