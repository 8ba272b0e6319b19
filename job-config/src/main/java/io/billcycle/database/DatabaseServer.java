package io.billcycle.database;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
    /** A server left running by a billcycle process that died: this one uses it, and stops it when done. */
    private final ProcessHandle adopted;

    private DatabaseServer(String url, String username, String password, EmbeddedPostgres embedded, ProcessHandle adopted) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.embedded = embedded;
        this.adopted = adopted;
    }

    public static DatabaseServer external(String url, String username, String password) {
        return new DatabaseServer(url, username, password, null, null);
    }

    /**
     * Starts PostgreSQL on {@code dataDirectory} (created on first use), or joins the server another billcycle process
     * already runs on it.
     */
    public static DatabaseServer embedded(Path dataDirectory) {
        EmbeddedPostgres postgres = null;
        ProcessHandle adopted = null;
        int port;
        // a server already answering on the folder, whose starter died: looked at before starting, since a failed
        // start keeps the folder's lock in this process and could no longer tell
        Running left = runningServer(dataDirectory);
        if (left != null && !ownerAlive(dataDirectory)) {
            adopted = left.postmaster().orElse(null);
            port = left.port();
            log.info("the embedded PostgreSQL in {} (port {}) was left running by a billcycle process that ended "
                    + "without stopping it (killed or crashed); using it, and stopping it when done", dataDirectory, port);
        } else {
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
                Running running = runningServer(dataDirectory);
                if (running == null) {
                    throw new EmbeddedDatabaseException("cannot start the embedded PostgreSQL in " + dataDirectory + ": "
                            + e.getMessage(), e);
                }
                port = running.port();
                log.info("joining the embedded PostgreSQL another billcycle process runs on port {}", port);
            }
        }
        String admin = "jdbc:postgresql://localhost:" + port + "/postgres";
        createDatabaseIfMissing(admin);
        return new DatabaseServer("jdbc:postgresql://localhost:" + port + "/" + EMBEDDED_DATABASE, "postgres", "postgres",
                postgres, adopted);
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

    /** Whether this process took over a server that a dead billcycle process left running. */
    public boolean adoptedLeftRunning() {
        return adopted != null;
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
        if (adopted != null) {
            // SIGTERM: PostgreSQL's smart shutdown, once the last connection (ours, closed before this) is gone
            adopted.destroy();
            try {
                adopted.onExit().get(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                log.warn("the embedded PostgreSQL (pid {}) did not stop: {}", adopted.pid(), e.toString());
            }
        }
    }

    /**
     * Whether the process that started the server on {@code dataDirectory} is alive: the embedded server's starter
     * holds a lock on {@code epg-lock} in the folder for as long as it runs, and the operating system lets it go when
     * that process dies, however it dies.
     */
    private static boolean ownerAlive(Path dataDirectory) {
        Path lock = dataDirectory.resolve("epg-lock");
        if (!Files.exists(lock)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock taken = channel.tryLock();
            if (taken == null) {
                return true;
            }
            taken.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;   // this very process started it
        } catch (IOException e) {
            return true;   // cannot tell: do not take over
        }
    }

    /** A server answering on a data directory: its port and its postmaster process, from {@code postmaster.pid}. */
    private record Running(int port, Optional<ProcessHandle> postmaster) {
    }

    /** The server answering on the data directory, according to its {@code postmaster.pid}, else null. */
    private static Running runningServer(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pidFile);
            int port = Integer.parseInt(lines.get(3).trim());
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("localhost", port), 1000);
            }
            return new Running(port, ProcessHandle.of(Long.parseLong(lines.get(0).trim())));
        } catch (IOException | RuntimeException e) {
            return null;
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
