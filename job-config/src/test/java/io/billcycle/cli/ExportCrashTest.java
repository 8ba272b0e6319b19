package io.billcycle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.annotation.Autowired;

import io.billcycle.testsupport.TestPostgres;

/**
 * A process killed with SIGKILL inside the export, its temporary file in the folder, then recovered as the README
 * says (run again): the export folder ends holding exactly what a clean run leaves, no temporary file behind.
 * <p>
 * The moment is held, not timed. The temporary file the process will write is made beforehand as a named pipe, so the
 * process, opening it, waits there for a reader that never comes; and a trigger on the job repository tells the test
 * (LISTEN/NOTIFY) when the export step has started. Then the test kills the process.
 */
class ExportCrashTest extends CliTest {

    static final String D = "2024-03-31";

    @Autowired
    DataSource dataSource;

    void plans() {
        long org = fixtures.organization("ACME", 10, 12);
        for (int i = 1; i <= 4; i++) {
            fixtures.plan(org, fixtures.account(org, "A-" + i)).amount(i + "5.00").start("2024-02-29").create();
        }
    }

    @AfterEach
    void dropSignal() {
        jdbc.execute("drop trigger if exists export_started on batch_step_execution");
        jdbc.execute("drop function if exists export_started()");
    }

    @Test
    void killedMidExportThenRunAgainLeavesExactlyTheFilesOfACleanRun() throws Exception {
        plans();
        assertThat(cli("run", "invoice-generation", "--date", D).code()).isZero();
        Map<String, String> clean = folder();
        emptyTables();
        emptyExportDir();
        plans();

        Path exports = Files.createDirectories(EXPORTS.resolve("invoice-generation"));
        Path part = exports.resolve(".invoice-generation-ACME-" + D + ".csv.1.part");
        assertThat(new ProcessBuilder("mkfifo", part.toString()).start().waitFor()).isZero();
        jdbc.execute("""
                create function export_started() returns trigger language plpgsql as $$
                begin perform pg_notify('billcycle_export_started', new.step_name); return new; end $$""");
        jdbc.execute("""
                create trigger export_started after insert on batch_step_execution for each row
                  when (new.step_name = 'export-invoices') execute function export_started()""");
        try (Connection listener = dataSource.getConnection(); Statement s = listener.createStatement()) {
            s.execute("listen billcycle_export_started");
            Process child = billcycle("run", "invoice-generation", "--date", D);
            try {
                awaitNotification(listener.unwrap(PGConnection.class), child);
            } finally {
                child.destroyForcibly();   // SIGKILL: no shutdown hook, no finally block of its own runs
                child.waitFor();
            }
        }
        assertThat(part).exists();

        Result recovered = cli("run", "invoice-generation", "--date", D);

        assertThat(recovered.code()).as(recovered.toString()).isZero();
        assertThat(recovered.out()).contains("was left STARTED by a process that is gone; marked FAILED");
        assertThat(folder()).isEqualTo(clean);
    }

    /** Every file under the export folder with its content; manifests without the execution id that wrote them. */
    private Map<String, String> folder() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(EXPORTS)) {
            for (Path file : all.filter(f -> !Files.isDirectory(f)).toList()) {
                files.put(EXPORTS.relativize(file).toString(), !Files.isRegularFile(file) ? "(not a regular file)"
                        : Files.readString(file).replaceAll("\"jobExecutionId\" : \\d+", "\"jobExecutionId\" : N"));
            }
        }
        return files;
    }

    /** billcycle in a JVM of its own, on the test database and export folder. */
    private static Process billcycle(String... args) throws IOException {
        TestPostgres.Server db = TestPostgres.server();
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.billcycle.BillcycleApplication"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Files.createTempFile("billcycle-child", ".log").toFile());
        builder.environment().putAll(Map.of("SPRING_DATASOURCE_URL", db.url(), "SPRING_DATASOURCE_USERNAME", db.user(),
                "SPRING_DATASOURCE_PASSWORD", db.password(), "BILLCYCLE_EXPORT_DIR", EXPORTS.toString(),
                "BILLCYCLE_CHUNK_SIZE", "3"));
        return builder.start();
    }

    /** Waits for the trigger's notification; fails at once if the process ends first. */
    private static void awaitNotification(PGConnection listener, Process child) throws Exception {
        while (true) {
            // the wait's period only decides how soon a process that died is noticed; nothing is timed
            PGNotification[] notifications = listener.getNotifications(1000);
            if (notifications != null && notifications.length > 0) {
                return;
            }
            if (!child.isAlive()) {
                throw new AssertionError("billcycle ended (exit " + child.exitValue() + ") before its export started");
            }
        }
    }
}
