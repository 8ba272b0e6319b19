package io.billcycle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sun.net.httpserver.HttpServer;

import io.billcycle.testsupport.TestFiles;

/** Metrics on: after a run, its figures are in the textfile and at the Pushgateway (a stand-in that records puts). */
class MetricsTest extends CliTest {

    static final Path TEXTFILE = TestFiles.createTempDirectory("billcycle-metrics").resolve("billcycle.prom");
    static final List<String> PUSHED = new CopyOnWriteArrayList<>();
    static final HttpServer PUSHGATEWAY = pushgateway();

    static HttpServer pushgateway() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/", exchange -> {
                PUSHED.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + "\n"
                        + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stop() {
        PUSHGATEWAY.stop(0);
    }

    @DynamicPropertySource
    static void metrics(DynamicPropertyRegistry registry) {
        registry.add("billcycle.metrics.textfile", TEXTFILE::toString);
        registry.add("billcycle.metrics.pushgateway", () -> "http://localhost:" + PUSHGATEWAY.getAddress().getPort());
        registry.add("billcycle.metrics.instance", () -> "test-host");
    }

    @Test
    void aRunsFiguresGoToTheTextfileAndThePushgateway() throws IOException {
        long org = fixtures.organization("ACME");
        fixtures.plan(org, fixtures.account(org, "A-1")).amount("12.50").start("2024-03-01").create();
        fixtures.plan(org, fixtures.account(org, "A-2")).amount("7.50").start("2024-03-01").create();
        PUSHED.clear();

        Result run = cli("run", "invoice-generation", "--date", "2024-03-31", "--org", "ACME");

        assertThat(run.code()).as(run.toString()).isZero();
        String text = Files.readString(TEXTFILE);
        assertThat(text).contains(
                "billcycle_run_status{job=\"invoice-generation\",org=\"ACME\"} 1.0",
                "billcycle_run_posted_amount{job=\"invoice-generation\",kind=\"CHARGE\",org=\"ACME\"} 20.0",
                "billcycle_run_posted_entries{job=\"invoice-generation\",kind=\"CHARGE\",org=\"ACME\"} 2.0",
                "billcycle_run_items{count=\"read\",job=\"invoice-generation\",org=\"ACME\",step=\"invoice-due-plans\"} 2.0",
                "billcycle_run_items{count=\"written\",job=\"invoice-generation\",org=\"ACME\",step=\"number-invoices\"} 2.0",
                "spring_batch_job_seconds_count{");
        assertThat(PUSHED).singleElement().satisfies(put -> {
            assertThat(put).startsWith("PUT /metrics/job/billcycle/instance/test-host\n");
            assertThat(put.substring(put.indexOf('\n') + 1)).isEqualTo(text);
        });
    }

    @Test
    void aTextfileThatNodeExporterWouldNotReadIsABadSetting() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Cli.run(BillcycleCommand.class, Map.of("billcycle.metrics.textfile", "/tmp/billcycle.txt"),
                new PrintWriter(out, true), new PrintWriter(err, true), "executions");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: setting billcycle.metrics.textfile must end in .prom")
                .doesNotContain("\tat ");
    }
}
