package io.billcycle.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The one place that decides which PostgreSQL the tests use, in this order:
 * <ol>
 * <li>{@code BILLCYCLE_TEST_JDBC_URL} (with {@code BILLCYCLE_TEST_JDBC_USER} / {@code _PASSWORD}): an existing server;</li>
 * <li>a Testcontainers PostgreSQL when a Docker engine is reachable;</li>
 * <li>otherwise the embedded PostgreSQL binaries (as on CI here).</li>
 * </ol>
 * Each test JVM creates a fresh database of its own on that server, so tests never touch anyone's data.
 */
public final class TestPostgres {

    public static final String URL_ENV = "BILLCYCLE_TEST_JDBC_URL";

    /** Where to reach the test database. */
    public record Server(String url, String user, String password) {
    }

    private static Server server;

    private TestPostgres() {
    }

    public static synchronized Server server() {
        if (server == null) {
            server = createDatabase(startServer());
        }
        return server;
    }

    private static Server startServer() {
        String url = System.getenv(URL_ENV);
        if (url != null && !url.isBlank()) {
            return new Server(url, System.getenv("BILLCYCLE_TEST_JDBC_USER"), System.getenv("BILLCYCLE_TEST_JDBC_PASSWORD"));
        }
        if (dockerLikely()) {
            Server container = Containers.tryStart();
            if (container != null) {
                return container;
            }
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (Exception ignored) {
                    // the JVM is going away anyway
                }
            }));
            return new Server(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the embedded PostgreSQL for tests", e);
        }
    }

    /** Asking Testcontainers costs seconds of probing; only do it when a Docker engine could be there. */
    private static boolean dockerLikely() {
        return System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"));
    }

    private static Server createDatabase(Server admin) {
        String name = "billcycle_test_" + ProcessHandle.current().pid();
        try (Connection c = DriverManager.getConnection(admin.url(), admin.user(), admin.password());
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name);
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database on " + admin.url(), e);
        }
        return new Server(withDatabase(admin.url(), name), admin.user(), admin.password());
    }

    static String withDatabase(String url, String database) {
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        int query = url.indexOf('?', slash);
        return url.substring(0, slash + 1) + database + (query < 0 ? "" : url.substring(query));
    }
}
