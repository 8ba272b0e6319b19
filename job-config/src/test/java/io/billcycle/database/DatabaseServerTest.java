package io.billcycle.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server: persistent data, and a second process joining the one already running on the folder. */
class DatabaseServerTest {

    @Test
    void aSecondStartOnTheSameFolderJoinsTheRunningServerAndDataSurvivesARestart(@TempDir Path home) throws Exception {
        Path data = home.resolve("pgdata");
        try (DatabaseServer first = DatabaseServer.embedded(data)) {
            assertThat(first.isEmbedded()).isTrue();
            execute(first, "create table kept (v text); insert into kept values ('still here')");
            try (DatabaseServer second = DatabaseServer.embedded(data)) {
                assertThat(second.isEmbedded()).as("joined, not started").isFalse();
                assertThat(second.adoptedLeftRunning()).as("its process is alive").isFalse();
                assertThat(second.url()).isEqualTo(first.url());
                assertThat(query(second, "select v from kept")).isEqualTo("still here");
            }
            // the joining one leaves the server running when it closes
            assertThat(query(first, "select v from kept")).isEqualTo("still here");
        }
        try (DatabaseServer restarted = DatabaseServer.embedded(data)) {
            assertThat(restarted.isEmbedded()).isTrue();
            assertThat(query(restarted, "select v from kept")).isEqualTo("still here");
        }
    }

    @Test
    void aServerLeftRunningByAKilledProcessIsTakenOverAndStoppedWhenDone(@TempDir Path home) throws Exception {
        Path data = home.resolve("pgdata");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), EmbeddedHolder.class.getName(), data.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream()))) {
            // the child started the server, not joined it (its log lines come first)
            assertThat(lines.lines().filter(line -> line.startsWith("started ")).findFirst()).contains("started true");
        } finally {
            holder.destroyForcibly();   // SIGKILL: its shutdown hook never stops the server
            holder.waitFor();
        }
        long postmaster = Long.parseLong(java.nio.file.Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
        assertThat(ProcessHandle.of(postmaster)).as("the server outlived its process").isPresent();

        try (DatabaseServer taken = DatabaseServer.embedded(data)) {
            assertThat(taken.isEmbedded()).isFalse();
            assertThat(taken.adoptedLeftRunning()).isTrue();
            execute(taken, "create table kept (v text); insert into kept values ('after the crash')");
        }
        assertThat(ProcessHandle.of(postmaster)).as("stopped by the process that took it over").isEmpty();
        try (DatabaseServer restarted = DatabaseServer.embedded(data)) {
            assertThat(restarted.isEmbedded()).isTrue();
            assertThat(query(restarted, "select v from kept")).isEqualTo("after the crash");
        }
    }

    @Test
    void aFolderThatCannotHoldAServerIsOneClearError(@TempDir Path home) throws Exception {
        Path notAFolder = java.nio.file.Files.writeString(home.resolve("pgdata"), "a file, not a folder");
        assertThatThrownBy(() -> DatabaseServer.embedded(notAFolder))
                .isInstanceOf(DatabaseServer.EmbeddedDatabaseException.class)
                .hasMessageStartingWith("cannot start the embedded PostgreSQL in " + notAFolder);
    }

    private static void execute(DatabaseServer server, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.url(), server.username(), server.password())) {
            c.createStatement().execute(sql);
        }
    }

    private static String query(DatabaseServer server, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.url(), server.username(), server.password());
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
