package io.billcycle.database;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL server billcycle talks to: a configured one, or the embedded one it starts (and stops) itself.
 */
public final class DatabaseServer implements AutoCloseable {

    static final String EMBEDDED_DATABASE = "billcycle";
    private static final Logger log = LoggerFactory.getLogger(DatabaseServer.class);

    private final String url;
    private final String username;
    private final String password;
    private final EmbeddedPostgres embedded;

    private DatabaseServer(String url, String username, String password, EmbeddedPostgres embedded) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.embedded = embedded;
    }

    public static DatabaseServer external(String url, String username, String password) {
        return new DatabaseServer(url, username, password, null);
    }

    /**
     * Starts PostgreSQL on {@code dataDirectory} (created on first use), or joins the server another billcycle process
     * already runs on it.
     */
    public static DatabaseServer embedded(Path dataDirectory) {
        EmbeddedPostgres postgres = null;
        int port;
        try {
            Files.createDirectories(dataDirectory);
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    // the embedded default trades durability for speed; billing data keeps every commit
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    .start();
            port = postgres.getPort();
        } catch (IOException | RuntimeException e) {
            port = runningServerPort(dataDirectory);
            if (port < 0) {
                throw new EmbeddedDatabaseException("cannot start the embedded PostgreSQL in " + dataDirectory + ": "
                        + e.getMessage(), e);
            }
            log.info("joining the embedded PostgreSQL another billcycle process runs on port {}", port);
        }
        String admin = "jdbc:postgresql://localhost:" + port + "/postgres";
        createDatabaseIfMissing(admin);
        return new DatabaseServer("jdbc:postgresql://localhost:" + port + "/" + EMBEDDED_DATABASE, "postgres", "postgres",
                postgres);
    }

    public String url() {
        return url;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }

    /** The port in the data directory's {@code postmaster.pid} when a server is answering there, else -1. */
    private static int runningServerPort(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pidFile);
            int port = Integer.parseInt(lines.get(3).trim());
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("localhost", port), 1000);
            }
            return port;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static void createDatabaseIfMissing(String adminUrl) {
        try (Connection c = DriverManager.getConnection(adminUrl, "postgres", "postgres");
                Statement s = c.createStatement();
                ResultSet exists = s.executeQuery("select 1 from pg_database where datname = '" + EMBEDDED_DATABASE + "'")) {
            if (!exists.next()) {
                s.execute("create database " + EMBEDDED_DATABASE);
            }
        } catch (SQLException e) {
            throw new EmbeddedDatabaseException("cannot create the database '" + EMBEDDED_DATABASE + "' on the embedded PostgreSQL: "
                    + e.getMessage(), e);
        }
    }

    /** The embedded server could not be started or prepared. */
    /** The database cannot be reached, or cannot be started: exit code 3. The message says what was tried. */
    public static class EmbeddedDatabaseException extends RuntimeException {
        public EmbeddedDatabaseException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
