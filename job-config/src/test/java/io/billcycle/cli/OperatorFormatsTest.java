package io.billcycle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.billcycle.batch.JobDescriptor;
import io.billcycle.operations.JobCatalog;
import io.billcycle.testsupport.TestPostgres;

/** What scripts read: {@code jobs} and {@code execution ID} as JSON, {@code jobs} with no database, and JSON logs. */
class OperatorFormatsTest extends CliTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String D = "2024-03-31";

    @Autowired
    JobCatalog catalog;

    void plans() {
        long org = fixtures.organization("ACME");
        for (int i = 1; i <= 7; i++) {
            fixtures.plan(org, fixtures.account(org, "A-" + i)).amount("1" + i + ".00").start("2024-03-01").create();
        }
    }

    @Test
    void jobsAnswersWithoutADatabaseWhatTheApplicationDescribes() throws IOException {
        int closed;
        try (ServerSocket free = new ServerSocket(0)) {
            closed = free.getLocalPort();
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Cli.run(BillcycleCommand.class, Map.of("billcycle.datasource.url", "jdbc:postgresql://127.0.0.1:" + closed
                + "/nothing"), new PrintWriter(out, true), new PrintWriter(err, true), "jobs", "--format", "json");

        assertThat(code).as(err.toString()).isZero();
        JsonNode jobs = JSON.readTree(out.toString());
        List<String> names = new ArrayList<>();
        jobs.forEach(job -> names.add(job.get("name").asText()));
        assertThat(names).isEqualTo(catalog.descriptors().stream().map(JobDescriptor::name).toList());
        for (JobDescriptor descriptor : catalog.descriptors()) {
            JsonNode job = jobs.get(names.indexOf(descriptor.name()));
            List<String> steps = new ArrayList<>();
            job.get("steps").forEach(step -> steps.add(step.asText()));
            assertThat(steps).isEqualTo(descriptor.steps().stream().map(JobDescriptor.StepItems::step).toList());
            assertThat(job.get("cycle").isNull()).isEqualTo(!descriptor.inCycle());
            assertThat(job.get("options")).hasSize(descriptor.options().size());
        }
    }

    @Test
    void jobsAsTextNamesEveryJobAndItsOptions() {
        Result result = cli("jobs");

        assertThat(result.code()).isZero();
        assertThat(catalog.descriptors()).allSatisfy(job -> {
            assertThat(result.out()).contains(job.name() + "\n  " + job.description());
            job.options().forEach(option -> assertThat(result.out()).contains("option " + option.name() + " ("));
        });
    }

    @Test
    void executionAsJsonHasTheStepsTheirPartitionsAndTheFiles() throws IOException {
        plans();
        assertThat(cli("run", "invoice-generation", "--date", D, "--org", "ACME", "--partitions", "2").code()).isZero();

        Result result = cli("execution", "1", "--format", "json");

        assertThat(result.code()).as(result.toString()).isZero();
        JsonNode execution = JSON.readTree(result.out());
        assertThat(execution.get("id").asLong()).isEqualTo(1);
        assertThat(execution.get("job").asText()).isEqualTo("invoice-generation");
        assertThat(execution.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(execution.get("parameters").get("org").asText()).isEqualTo("ACME");
        assertThat(execution.get("outcome").isNull()).isTrue();
        List<String> steps = new ArrayList<>();
        execution.get("steps").forEach(step -> steps.add(step.get("name").asText()));
        assertThat(steps).isEqualTo(catalog.descriptorOrNull("invoice-generation").steps().stream()
                .map(JobDescriptor.StepItems::step).toList());
        JsonNode invoicing = execution.get("steps").get(0);
        assertThat(invoicing.get("read").asLong()).isEqualTo(7);
        assertThat(invoicing.get("partitions")).hasSize(2).allSatisfy(partition -> {
            assertThat(partition.get("status").asText()).isEqualTo("COMPLETED");
            assertThat(partition.get("worker").asText()).endsWith("/" + ProcessHandle.current().pid());
        });
        assertThat(invoicing.get("partitions").get(0).get("read").asLong()
                + invoicing.get("partitions").get(1).get("read").asLong()).isEqualTo(7);
        assertThat(execution.get("files")).singleElement()
                .satisfies(file -> assertThat(Path.of(file.asText())).exists().hasFileName(
                        "invoice-generation-ACME-" + D + ".csv"));
    }

    @Test
    void metricsAreOffAndCostNothingUnlessATargetIsSet() {
        assertThat(context.getBeanProvider(io.micrometer.prometheusmetrics.PrometheusMeterRegistry.class).getIfAvailable())
                .isNull();
        assertThat(context.getBeanNamesForType(io.billcycle.metrics.RunMetrics.class)).isEmpty();
    }

    @Test
    void anUnknownLogFormatIsAUsageErrorBeforeAnythingStarts() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Cli.run(BillcycleCommand.class, Map.of("billcycle.log-format", "xml"), new PrintWriter(out, true),
                new PrintWriter(err, true), "executions");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("error: setting BILLCYCLE_LOG_FORMAT must be text, json, ecs or logstash, "
                + "got 'xml'\n");
    }

    @Test
    void jsonLogsCarryTheRunOnEveryLineWrittenWhileItRuns() throws Exception {
        plans();
        TestPostgres.Server db = TestPostgres.server();
        Path log = Files.createTempFile("billcycle-json", ".log");
        ProcessBuilder child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.billcycle.BillcycleApplication",
                "run", "invoice-generation", "--date", D, "--org", "ACME", "--partitions", "2")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        child.environment().putAll(Map.of("SPRING_DATASOURCE_URL", db.url(), "SPRING_DATASOURCE_USERNAME", db.user(),
                "SPRING_DATASOURCE_PASSWORD", db.password(), "BILLCYCLE_EXPORT_DIR", EXPORTS.toString(),
                "BILLCYCLE_LOG_FORMAT", "json"));

        assertThat(child.start().waitFor()).isZero();

        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            if (line.startsWith("{")) {
                lines.add(JSON.readTree(line));
            }
        }
        // the progress lines, written by the partitions' threads while the job runs
        assertThat(lines).filteredOn(line -> line.get("message").asText().contains("items to process")).hasSize(2)
                .allSatisfy(line -> {
                    assertThat(line.get("job").asText()).isEqualTo("invoice-generation");
                    assertThat(line.get("execution").asText()).isEqualTo("1");
                    assertThat(line.get("org").asText()).isEqualTo("ACME");
                    assertThat(line.get("date").asText()).isEqualTo(D);
                    assertThat(line.get("@timestamp").asText()).endsWith("Z");
                });
    }
}
