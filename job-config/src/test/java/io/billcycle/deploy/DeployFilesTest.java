package io.billcycle.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The schedules shipped under samples/deploy, read as the tools that run them would (no Docker engine or cluster
 * here): the fields billcycle depends on, and every setting they pass is one the README documents.
 */
class DeployFilesTest {

    static final Path DEPLOY = Path.of("../samples/deploy");

    @Test
    @SuppressWarnings("unchecked")
    void theKubernetesCronJobRunsTheCycleOnceAtATimeWithDocumentedSettings() throws IOException {
        Map<String, Object> cronJob = new Yaml().load(Files.readString(DEPLOY.resolve("kubernetes/cycle-cronjob.yaml")));

        assertThat(cronJob).containsEntry("apiVersion", "batch/v1").containsEntry("kind", "CronJob");
        Map<String, Object> spec = (Map<String, Object>) cronJob.get("spec");
        assertThat(spec).containsEntry("concurrencyPolicy", "Forbid").containsEntry("schedule", "30 2 * * *");
        Map<String, Object> job = (Map<String, Object>) ((Map<String, Object>) spec.get("jobTemplate")).get("spec");
        assertThat(job).containsEntry("backoffLimit", 0);
        Map<String, Object> pod = (Map<String, Object>) ((Map<String, Object>) job.get("template")).get("spec");
        assertThat(pod).containsEntry("restartPolicy", "Never");
        Map<String, Object> container = ((List<Map<String, Object>>) pod.get("containers")).get(0);
        assertThat((List<String>) container.get("args")).containsExactly("cycle", "--workers", "remote");
        List<String> env = ((List<Map<String, Object>>) container.get("env")).stream().map(e -> (String) e.get("name")).toList();
        assertThat(env).contains("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_PASSWORD", "BILLCYCLE_EXPORT_DIR",
                "SPRING_ARTEMIS_BROKER_URL");
        String readme = Files.readString(Path.of("../README.md"));
        assertThat(env).allSatisfy(name -> assertThat(readme).as("the README documents %s", name).contains(name));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theWorkersAndTheManagerMeetAtTheArtemisService() throws IOException {
        List<Map<String, Object>> artemis = new java.util.ArrayList<>();
        new Yaml().loadAll(Files.readString(DEPLOY.resolve("kubernetes/artemis.yaml")))
                .forEach(document -> artemis.add((Map<String, Object>) document));
        assertThat(artemis).extracting(document -> document.get("kind")).containsExactly("Deployment", "Service");
        Map<String, Object> service = artemis.get(1);
        String serviceName = (String) ((Map<String, Object>) service.get("metadata")).get("name");
        Map<String, Object> port = ((List<Map<String, Object>>) ((Map<String, Object>) service.get("spec")).get("ports")).get(0);
        String brokerUrl = "tcp://" + serviceName + ":" + port.get("port");

        Map<String, Object> workers = new Yaml().load(Files.readString(DEPLOY.resolve("kubernetes/workers-deployment.yaml")));
        assertThat(workers).containsEntry("apiVersion", "apps/v1").containsEntry("kind", "Deployment");
        Map<String, Object> pod = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) workers.get("spec"))
                .get("template")).get("spec");
        Map<String, Object> worker = ((List<Map<String, Object>>) pod.get("containers")).get(0);
        assertThat((List<String>) worker.get("args")).containsExactly("worker");
        Map<String, Object> cronJob = new Yaml().load(Files.readString(DEPLOY.resolve("kubernetes/cycle-cronjob.yaml")));
        Map<String, Object> manager = ((List<Map<String, Object>>) at(cronJob, "spec", "jobTemplate", "spec", "template",
                "spec", "containers")).get(0);
        for (Map<String, Object> container : List.of(worker, manager)) {
            assertThat((List<Map<String, Object>>) container.get("env"))
                    .anySatisfy(e -> assertThat(e).containsEntry("name", "SPRING_ARTEMIS_BROKER_URL").containsEntry("value", brokerUrl))
                    .anySatisfy(e -> assertThat(e).containsEntry("name", "SPRING_DATASOURCE_URL"));
            assertThat(container.get("image")).isEqualTo(worker.get("image"));
        }
    }

    @Test
    void theSystemdWorkerUnitRunsAWorkerAndLetsItFinishItsPartition() throws IOException {
        Map<String, Map<String, String>> unit = ini(DEPLOY.resolve("systemd/billcycle-worker@.service"));

        assertThat(unit.get("Service")).containsEntry("ExecStart", "/opt/billcycle/billcycle worker")
                .containsEntry("KillSignal", "SIGTERM").containsEntry("Restart", "on-failure").containsKey("EnvironmentFile")
                .containsKey("TimeoutStopSec");
        assertThat(unit.get("Install")).containsEntry("WantedBy", "multi-user.target");
    }

    @Test
    void theSystemdTimerStartsTheCycleServiceDaily() throws IOException {
        Map<String, Map<String, String>> service = ini(DEPLOY.resolve("systemd/billcycle-cycle.service"));
        Map<String, Map<String, String>> timer = ini(DEPLOY.resolve("systemd/billcycle-cycle.timer"));

        assertThat(service.get("Service")).containsEntry("Type", "oneshot")
                .containsEntry("ExecStart", "/opt/billcycle/billcycle cycle").containsKey("EnvironmentFile");
        assertThat(timer.get("Timer")).containsEntry("OnCalendar", "*-*-* 02:30:00").containsEntry("Persistent", "true")
                .containsEntry("Unit", "billcycle-cycle.service");
        assertThat(timer.get("Install")).containsEntry("WantedBy", "timers.target");
    }

    @Test
    void theCrontabLineAndTheDockerfileRunTheApplication() throws IOException {
        List<String> cron = Files.readAllLines(DEPLOY.resolve("crontab")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.contains("=")).toList();
        assertThat(cron).singleElement().satisfies(line -> {
            assertThat(line.split("\\s+", 6)).hasSize(6);
            assertThat(line.split("\\s+", 6)[5]).contains("./billcycle cycle");
        });
        List<String> docker = Files.readAllLines(DEPLOY.resolve("Dockerfile")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        assertThat(docker.get(0)).startsWith("FROM eclipse-temurin:17");
        assertThat(docker).contains("COPY job-config/target/billcycle.jar /app/billcycle.jar")
                .contains("ENTRYPOINT [\"java\", \"-jar\", \"/app/billcycle.jar\"]");
    }

    /** The value at {@code path} in a YAML document's nested maps. */
    @SuppressWarnings("unchecked")
    private static Object at(Map<String, Object> document, String... path) {
        Object node = document;
        for (String key : path) {
            node = ((Map<String, Object>) node).get(key);
        }
        return node;
    }

    /** A unit file's sections and keys; comments and blank lines passed over. */
    private static Map<String, Map<String, String>> ini(Path file) throws IOException {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, String> section = null;
        for (String line : Files.readAllLines(file)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (l.startsWith("[") && l.endsWith("]")) {
                section = new LinkedHashMap<>();
                sections.put(l.substring(1, l.length() - 1), section);
            } else {
                assertThat(section).as("%s: a key outside any section: %s", file, l).isNotNull();
                assertThat(l).as("%s: not key=value: %s", file, l).contains("=");
                section.put(l.substring(0, l.indexOf('=')).strip(), l.substring(l.indexOf('=') + 1).strip());
            }
        }
        return sections;
    }
}
