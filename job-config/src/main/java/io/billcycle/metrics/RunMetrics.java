package io.billcycle.metrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

import io.billcycle.batch.BusinessRun;
import io.billcycle.batch.PartitionedSteps;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * After each run: its figures into the registry as gauges (the last run of each job and organization), then the whole
 * registry out, to the textfile (written aside and moved in, so node_exporter never reads half of it) and/or the
 * Pushgateway. A target that fails is logged, never fails the run: the money is already booked.
 * <ul>
 * <li>{@code billcycle_run_status{job,org}}: 1 completed, 0 not;</li>
 * <li>{@code billcycle_run_duration_seconds{job,org}};</li>
 * <li>{@code billcycle_run_items{job,org,step,count="read|written"}}, partitions added up;</li>
 * <li>{@code billcycle_run_posted_entries} and {@code billcycle_run_posted_amount{job,org,kind}}: the ledger entries
 * the run posted (invoice charges, finance charges), by kind;</li>
 * <li>Spring Batch's {@code spring_batch_job_*} and {@code spring_batch_step_*} timers.</li>
 * </ul>
 */
public class RunMetrics implements BeanPostProcessor, JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RunMetrics.class);

    private final ObjectProvider<ObservationRegistry> observations;
    private final ObjectProvider<PrometheusMeterRegistry> registry;
    private final ObjectProvider<RunFiguresMapper> figures;
    private final ObjectProvider<MetricsSettings> settings;
    /** The figures behind the gauges, by meter id; a gauge reads its value here. */
    private final java.util.Map<String, Double> values = new java.util.concurrent.ConcurrentHashMap<>();

    RunMetrics(ObjectProvider<ObservationRegistry> observations, ObjectProvider<PrometheusMeterRegistry> registry,
            ObjectProvider<RunFiguresMapper> figures, ObjectProvider<MetricsSettings> settings) {
        this.observations = observations;
        this.registry = registry;
        this.figures = figures;
        this.settings = settings;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof AbstractJob job) {
            job.setObservationRegistry(observations.getObject());
            job.registerJobExecutionListener(this);
        } else if (bean instanceof AbstractStep step) {
            step.setObservationRegistry(observations.getObject());
        }
        return bean;
    }

    @Override
    public void afterJob(JobExecution execution) {
        try {
            record(execution);
            export();
        } catch (RuntimeException | IOException e) {
            log.warn("metrics of execution {} not exported: {}", execution.getId(), e.toString());
        }
    }

    private void record(JobExecution execution) {
        String job = execution.getJobInstance().getJobName();
        String org = BusinessRun.of(execution).org() == null ? "" : BusinessRun.of(execution).org();
        Tags run = Tags.of("job", job, "org", org);
        gauge("billcycle_run_status", run, execution.getStatus() == BatchStatus.COMPLETED ? 1 : 0);
        if (execution.getStartTime() != null && execution.getEndTime() != null) {
            gauge("billcycle_run_duration_seconds", run,
                    Duration.between(execution.getStartTime(), execution.getEndTime()).toMillis() / 1000.0);
        }
        java.util.Map<String, long[]> steps = new java.util.TreeMap<>();
        for (StepExecution step : execution.getStepExecutions()) {
            if (!PartitionedSteps.isPartition(step.getStepName())) {
                long[] counts = steps.computeIfAbsent(step.getStepName(), name -> new long[2]);
                counts[0] += step.getReadCount();
                counts[1] += step.getWriteCount();
            }
        }
        steps.forEach((step, counts) -> {
            gauge("billcycle_run_items", run.and("step", step, "count", "read"), counts[0]);
            gauge("billcycle_run_items", run.and("step", step, "count", "written"), counts[1]);
        });
        for (RunFiguresMapper.Posted posted : figures.getObject().postedBy(execution.getId())) {
            gauge("billcycle_run_posted_entries", run.and("kind", posted.kind()), posted.entries());
            gauge("billcycle_run_posted_amount", run.and("kind", posted.kind()), posted.amount().doubleValue());
        }
    }

    private void gauge(String name, Tags tags, double value) {
        String key = name + tags;
        boolean isNew = values.put(key, value) == null;
        if (isNew) {
            Gauge.builder(name, values, v -> v.getOrDefault(key, Double.NaN)).tags(tags).register(registry.getObject());
        }
    }

    /** The registry in Prometheus' text format, to each target set. */
    void export() throws IOException {
        String text = registry.getObject().scrape();
        MetricsSettings targets = settings.getObject();
        if (targets.textfile() != null) {
            Path file = targets.textfile().toAbsolutePath();
            Files.createDirectories(file.getParent());
            Path aside = file.resolveSibling("." + file.getFileName() + ".tmp");
            Files.writeString(aside, text);
            Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        if (targets.pushgateway() != null) {
            push(targets, text);
        }
    }

    private static void push(MetricsSettings targets, String text) throws IOException {
        String instance = targets.instance() != null ? targets.instance() : java.net.InetAddress.getLocalHost().getHostName();
        URI uri = URI.create(targets.pushgateway().toString().replaceAll("/+$", "") + "/metrics/job/billcycle/instance/"
                + URLEncoder.encode(instance, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
                .PUT(HttpRequest.BodyPublishers.ofString(text)).build();
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IOException("the Pushgateway at " + uri + " answered " + response.statusCode());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted while pushing metrics", e));
        }
    }
}
