package org.sescert.system;

import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Chooses the database: {@code SESCERT_DB_URL} with {@code SESCERT_DB_USER} and
 * {@code SESCERT_DB_PASSWORD}; else {@code spring.datasource.*}; else the embedded server, whose data
 * lives in the user's {@link DataFolder}.
 * Credentials are read from the environment only, never from files in the repository.
 */
@Configuration
public class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    DatabaseServer databaseServer(Environment env) {
        String url = firstNonBlank(env.getProperty("sescert.db.url"), env.getProperty("spring.datasource.url"));
        if (url != null) {
            return DatabaseServer.external(url,
                    firstNonBlank(env.getProperty("sescert.db.user"), env.getProperty("spring.datasource.username")),
                    firstNonBlank(env.getProperty("sescert.db.password"), env.getProperty("spring.datasource.password")));
        }
        boolean ephemeral = env.getProperty("sescert.embedded.ephemeral", Boolean.class, false);
        String dataDir = env.getProperty("sescert.embedded.data-dir");
        return DatabaseServer.embedded(ephemeral ? null : dataDir != null ? Path.of(dataDir) : DataFolder.resolve().resolve("postgres"));
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(DatabaseServer server) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(server.jdbcUrl());
        ds.setUsername(server.user());
        ds.setPassword(server.password());
        ds.setMaximumPoolSize(8);
        ds.setPoolName("sescert");
        // Sorts and hashes over a department's cycle (a million executives) stay in memory rather than spill to disk.
        ds.setConnectionInitSql("set work_mem = '64MB'");
        return ds;
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b != null && !b.isBlank() ? b : null;
    }
}
