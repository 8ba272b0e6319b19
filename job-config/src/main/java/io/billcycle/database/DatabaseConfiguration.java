package io.billcycle.database;

import java.sql.Connection;
import java.sql.SQLException;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import com.zaxxer.hikari.HikariDataSource;

import io.billcycle.batch.BatchSettings;

/**
 * The application's one DataSource. A configured URL ({@code billcycle.datasource.url}, else {@code
 * spring.datasource.url}, which {@code SPRING_DATASOURCE_URL} sets) wins; without one the embedded server starts.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseSettings.class)
public class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    public DatabaseServer databaseServer(DatabaseSettings settings, Environment environment) {
        DatabaseSettings.Datasource configured = settings.datasource();
        String url = firstNonBlank(configured.url(), environment.getProperty("spring.datasource.url"));
        if (url != null) {
            return DatabaseServer.external(url,
                    firstNonBlank(configured.username(), environment.getProperty("spring.datasource.username")),
                    firstNonBlank(configured.password(), environment.getProperty("spring.datasource.password")));
        }
        return DatabaseServer.embedded(settings.home().resolve("pgdata"));
    }

    @Bean(destroyMethod = "close")
    public HikariDataSource dataSource(DatabaseServer server) {
        HikariDataSource dataSource = DataSourceBuilder.create().type(HikariDataSource.class)
                .url(server.url()).username(server.username()).password(server.password()).build();
        dataSource.setPoolName("billcycle");
        // a run holds the launch lock and the job repository's connection, and each partition of a partitioned step
        // a streaming reader and its chunk transaction at once; connections are opened as needed
        dataSource.setMaximumPoolSize(2 * BatchSettings.MAX_PARTITIONS + 4);
        dataSource.setMinimumIdle(2);
        // connect now, so that an unreachable server, an unknown database or a refused login is reported as such,
        // with what was tried, before anything else starts
        try (Connection ignored = dataSource.getConnection()) {
            return dataSource;
        } catch (SQLException | RuntimeException e) {
            dataSource.close();
            throw new DatabaseServer.EmbeddedDatabaseException("cannot connect to " + withoutPassword(server.url())
                    + (server.username() == null ? "" : " as " + server.username()) + ": " + reason(e), e);
        }
    }

    /** A JDBC URL as it may be shown: a password given in it is masked. */
    static String withoutPassword(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    /** The server's own words, without the driver's advice or the pool's wrapping. */
    private static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && !(t instanceof SQLException)) {
            t = t.getCause();
        }
        String message = String.valueOf(t.getMessage()).replaceAll("\\s+", " ").trim();
        int advice = message.indexOf(". Check that");
        return advice > 0 ? message.substring(0, advice) : message;
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b == null || b.isBlank() ? null : b;
    }
}
