package io.billcycle.workers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import io.billcycle.cli.RunOutcome;
import io.billcycle.testsupport.TestFiles;
import io.billcycle.testsupport.TestPostgres;

/**
 * Remote partitioning with real processes, started from the built jar as an operator would: two
 * {@code billcycle worker} JVMs and a manager JVM embedding the broker, on a database of their own; beside them the
 * same data run by one process with one partition. Both must end the same, row for row and byte for byte. Runs in
 * {@code verify}, after the jar is packaged.
 */
class RemoteWorkersIT {

    static final String DATE = "2025-01-31";
    static final Path JAR = Path.of("target", "billcycle.jar");

    private final List<Process> workers = new ArrayList<>();

    /** A database of its own, migrated by the first process that uses it, and an export folder. */
    record Site(String url, Path exports, JdbcTemplate jdbc) {
    }

    @AfterEach
    void stopWorkers() throws InterruptedException {
        for (Process worker : workers) {
            worker.destroy();
        }
        for (Process worker : workers) {
            if (!worker.waitFor(60, TimeUnit.SECONDS)) {
                worker.destroyForcibly();
            }
        }
    }

    @Test
    void aCycleOverTwoWorkerProcessesEndsExactlyLikeOneProcessWithOnePartition() throws Exception {
        Site clean = site("clean");
        Site remote = site("remote");
        int broker = freePort();
        for (Site site : List.of(clean, remote)) {
            assertThat(billcycle(site, Map.of(), "samples", "load", "--scale", "60").exit()).isZero();
        }
        Run one = billcycle(clean, Map.of(), "cycle", "--date", DATE, "--partitions", "1");
        assertThat(one.exit()).as(one.output()).isZero();

        startWorker(remote, broker);
        startWorker(remote, broker);
        Run three = billcycle(remote, Map.of("BILLCYCLE_WORKERS_LISTEN", "tcp://localhost:" + broker),
                "cycle", "--date", DATE, "--partitions", "3", "--workers", "remote");

        assertThat(three.exit()).as(three.output()).isZero();
        assertThat(RunOutcome.state(remote.jdbc())).isEqualTo(RunOutcome.state(clean.jdbc()));
        assertThat(RunOutcome.files(remote.exports())).isEqualTo(RunOutcome.files(clean.exports()))
                .isNotEmpty();
        // every partition ran in one of the worker processes, none in the manager
        List<Long> partitions = remote.jdbc().queryForList(
                "select step_execution_id from batch_step_execution where step_name like '%-worker:partition%'", Long.class);
        assertThat(partitions).isNotEmpty().allSatisfy(partition -> workerOf(remote, partition));
    }

    @Test
    void aWorkerKilledInsideItsPartitionFailsTheRunAndARestartEndsLikeACleanRun() throws Exception {
        Site clean = site("killed_clean");
        Site remote = site("killed_remote");
        int broker = freePort();
        Map<String, String> small = Map.of("BILLCYCLE_CHUNK_SIZE", "5");
        for (Site site : List.of(clean, remote)) {
            assertThat(billcycle(site, small, "samples", "load", "--scale", "60").exit()).isZero();
        }
        Run one = billcycle(clean, small, "run", "invoice-generation", "--org", "AGENCY", "--date", DATE, "--partitions", "1");
        assertThat(one.exit()).as(one.output()).isZero();

        // partition0 holds its worker at its second chunk: after its first chunk commits (and says so), every insert of
        // a draft waits for a lock this test holds
        remote.jdbc().execute("""
                create function partition0_committed() returns trigger language plpgsql as $$
                begin
                  if new.step_name = 'invoice-due-plans-worker:partition0' and new.status = 'STARTED' and new.commit_count = 1
                  then perform pg_notify('partition0_committed', new.step_execution_id::text); end if;
                  return new;
                end $$""");
        remote.jdbc().execute("""
                create trigger partition0_committed after update on batch_step_execution
                   for each row execute function partition0_committed()""");
        remote.jdbc().execute("""
                create function hold_drafts() returns trigger language plpgsql as $$
                begin
                  if exists (select 1 from batch_step_execution where step_name = 'invoice-due-plans-worker:partition0'
                                and status = 'STARTED' and commit_count >= 1)
                  then perform pg_advisory_lock(4242); perform pg_advisory_unlock(4242); end if;
                  return new;
                end $$""");
        remote.jdbc().execute("create trigger hold_drafts before insert on invoice_drafts for each row execute function hold_drafts()");
        startWorker(remote, broker);
        startWorker(remote, broker);
        Process manager;
        long partition;
        try (Connection holder = DriverManager.getConnection(remote.url(), user(), password());
                Connection listener = DriverManager.getConnection(remote.url(), user(), password())) {
            holder.createStatement().execute("select pg_advisory_lock(4242)");
            listener.createStatement().execute("listen partition0_committed");
            manager = start(remote, Map.of("BILLCYCLE_WORKERS_LISTEN", "tcp://localhost:" + broker,
                    "BILLCYCLE_CHUNK_SIZE", "5"), "run", "invoice-generation", "--org", "AGENCY", "--date", DATE,
                    "--partitions", "3", "--workers", "remote");
            partition = Long.parseLong(awaitNotification(listener.unwrap(PGConnection.class), manager));
            Process holding = workerOf(remote, partition);
            holding.destroyForcibly().waitFor();
            workers.remove(holding);
            holder.createStatement().execute("select pg_advisory_unlock(4242)");
        }
        Run failed = finish(manager);
        assertThat(failed.exit()).as(failed.output()).isEqualTo(1);
        assertThat(failed.output()).contains("invoice-due-plans-worker:partition0", "stopped while running it");
        assertThat(remote.jdbc().queryForObject("select status from batch_step_execution where step_execution_id = ?",
                String.class, partition)).isEqualTo("FAILED");
        remote.jdbc().execute("drop trigger hold_drafts on invoice_drafts");
        remote.jdbc().execute("drop trigger partition0_committed on batch_step_execution");

        Run restarted = billcycle(remote, Map.of("BILLCYCLE_WORKERS_LISTEN", "tcp://localhost:" + broker,
                "BILLCYCLE_CHUNK_SIZE", "5"), "restart", "1", "--workers", "remote");

        assertThat(restarted.exit()).as(restarted.output()).isZero();
        // only the killed worker's partition ran again
        assertThat(remote.jdbc().queryForList("""
                select job_execution_id || ' ' || step_name || ' ' || status from batch_step_execution
                 where step_name like 'invoice-due-plans-worker:partition%' and job_execution_id = 2""", String.class))
                .containsExactly("2 invoice-due-plans-worker:partition0 COMPLETED");
        assertThat(RunOutcome.state(remote.jdbc())).isEqualTo(RunOutcome.state(clean.jdbc()));
        assertThat(RunOutcome.files(remote.exports())).isEqualTo(RunOutcome.files(clean.exports()));
    }

    /** The worker process that recorded itself on the partition's context. */
    private Process workerOf(Site site, long partition) {
        // the context is a serialized map, in Base64; the worker's "host/pid" is plain text inside it
        String context = new String(Base64.getDecoder().decode(site.jdbc().queryForObject(
                "select short_context from batch_step_execution_context where step_execution_id = ?", String.class,
                partition)), StandardCharsets.ISO_8859_1);
        return workers.stream().filter(worker -> Pattern.compile("/" + worker.pid() + "(?!\\d)").matcher(context).find())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no worker of ours ran partition " + partition + ": " + context));
    }

    private void startWorker(Site site, int broker) throws IOException {
        workers.add(start(site, Map.of("SPRING_ARTEMIS_BROKER_URL", "tcp://localhost:" + broker, "BILLCYCLE_CHUNK_SIZE", "5"),
                "worker", "--verbose"));
    }

    record Run(int exit, String output) {
    }

    private static Run billcycle(Site site, Map<String, String> env, String... args) throws Exception {
        return finish(start(site, env, args));
    }

    private static Run finish(Process process) throws Exception {
        int exit = process.waitFor();
        return new Run(exit, Files.readString(Path.of(logOf(process))));
    }

    private static final Map<Long, Path> LOGS = new HashMap<>();

    private static String logOf(Process process) {
        return LOGS.get(process.pid()).toString();
    }

    /** billcycle from the built jar, on the site's database and export folder. */
    private static Process start(Site site, Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path log = Files.createTempFile("billcycle-" + args[0], ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Map.of("SPRING_DATASOURCE_URL", site.url(), "SPRING_DATASOURCE_USERNAME", user(),
                "SPRING_DATASOURCE_PASSWORD", password(), "BILLCYCLE_EXPORT_DIR", site.exports().toString(),
                "BILLCYCLE_PARTITIONS", "1"));
        builder.environment().putAll(env);
        Process process = builder.start();
        synchronized (LOGS) {
            LOGS.put(process.pid(), log);
        }
        return process;
    }

    /** A fresh database on the test server, and an export folder. */
    private static Site site(String name) throws Exception {
        TestPostgres.Server server = TestPostgres.server();
        String database = "billcycle_it_" + name + "_" + ProcessHandle.current().pid();
        try (Connection c = DriverManager.getConnection(server.url(), user(), password()); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database);
            s.execute("create database " + database);
        }
        String url = server.url().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(url, user(), password(), true));
        return new Site(url, TestFiles.createTempDirectory("billcycle-it-" + name), jdbc);
    }

    private static String user() {
        return TestPostgres.server().user();
    }

    private static String password() {
        return TestPostgres.server().password();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Waits for the trigger's notification and returns its payload; fails at once if the process ends first. */
    private static String awaitNotification(PGConnection listener, Process process) throws Exception {
        while (true) {
            // the wait's period only decides how soon a process that died is noticed; nothing is timed
            PGNotification[] notifications = listener.getNotifications(1000);
            if (notifications != null && notifications.length > 0) {
                return notifications[0].getParameter();
            }
            if (!process.isAlive()) {
                throw new AssertionError("the manager ended (exit " + process.exitValue() + ") before partition0 committed: "
                        + Files.readString(Path.of(logOf(process))));
            }
        }
    }
}
