package io.billcycle.operations;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import io.billcycle.batch.BusinessRun;
import io.billcycle.batch.IdRange;
import io.billcycle.batch.PartitionedSteps;
import io.billcycle.batch.StepCounters;
import io.billcycle.batch.JobDescriptor;
import io.billcycle.export.OrganizationCsvExportTasklet;

/**
 * Prints what a job execution did, for its whole instance (a restart included): per step read / written / filtered /
 * skipped / commits and whatever named counters the step published, the notes the job's descriptor attaches to them,
 * why a step failed, and the files written. It knows no job: everything job-specific comes from the descriptor.
 */
@Component
public class RunSummary {

    private final JobRepository jobRepository;
    private final JobCatalog jobs;

    public RunSummary(JobRepository jobRepository, JobCatalog jobs) {
        this.jobRepository = jobRepository;
        this.jobs = jobs;
    }

    public void print(JobExecution execution, PrintWriter out) {
        print(execution, out, false);
    }

    /** @param withPartitions also a line per partition of a partitioned step: range, worker, counts, status */
    public void print(JobExecution execution, PrintWriter out, boolean withPartitions) {
        String job = execution.getJobInstance().getJobName();
        JobDescriptor descriptor = jobs.descriptorOrNull(job);
        // the execution at hand (not its stored copy) still holds this run's exceptions
        List<JobExecution> executions = jobRepository.getJobExecutions(execution.getJobInstance()).stream()
                .map(e -> e.getId() == execution.getId() ? execution : e).toList();
        List<StepTotals> steps = StepTotals.of(executions, execution.getId());
        out.printf("%s execution %d: %s in %s  [%s]%s%n", job, execution.getId(), execution.getStatus(),
                durationOf(execution.getStartTime(), execution.getEndTime()), parametersOf(execution),
                executions.size() > 1 ? "  (counts over the instance's " + executions.stream()
                        .filter(e -> e.getId() <= execution.getId()).count() + " executions)" : "");
        out.printf("  %-28s %-10s %10s %10s %9s %8s %8s  %s%n", "step", "status", "read", "written", "filtered",
                "skipped", "commits", "items");
        for (StepTotals step : steps) {
            out.printf("  %-28s %-10s %10d %10d %9d %8d %8d  %s%s%n", step.step(), step.status(), step.read(),
                    step.written(), step.filtered(), step.skipped(), step.commits(),
                    descriptor == null ? "items" : descriptor.itemsOf(step.step()), counters(step.counters())
                            + (step.partitions().isEmpty() ? "" : "; " + step.partitions().size() + " partition(s)"));
            if (withPartitions) {
                for (StepExecution partition : step.partitions()) {
                    IdRange range = IdRange.of(partition);
                    out.printf("    %-26s %-10s %10d %10d %9d %8d %8d  ids %s..%s on %s%s%n",
                            partition.getStepName().substring(partition.getStepName().indexOf(':') + 1),
                            partition.getStatus(), partition.getReadCount(), partition.getWriteCount(),
                            partition.getFilterCount(), partition.getSkipCount(), partition.getCommitCount(),
                            range.fromId(), range.toId() == Long.MAX_VALUE ? "" : range.toId(),
                            PartitionedSteps.workerOf(partition), counters(StepCounters.all(partition)));
                }
            }
        }
        if (descriptor != null) {
            BusinessRun run = BusinessRun.of(execution);
            for (JobDescriptor.Counter counter : descriptor.counters()) {
                long total = steps.stream().mapToLong(s -> s.counters().getOrDefault(counter.name(), 0L)).sum();
                if (total > 0 && counter.note() != null) {
                    out.printf("  %s%n", counter.noteFor(total, run.businessDate(), run.org()));
                }
            }
        }
        for (StepTotals step : steps) {
            StepExecution latest = step.latest();
            if (latest.getStatus().isUnsuccessful()) {
                // a partitioned step failed because a partition did: that partition's reason is the one to read
                StepExecution why = step.partitions().stream().filter(p -> p.getStatus().isUnsuccessful()).findFirst()
                        .orElse(latest);
                out.printf("  %s %s: %s%n", step.step(), latest.getStatus().toString().toLowerCase(), failureOf(why));
            }
            filesWritten(latest).forEach(file -> out.printf("  wrote %s (+ .manifest.json)%n", file));
        }
    }

    /**
     * The same as {@link #print(JobExecution, PrintWriter, boolean)} with the partitions, as one JSON-ready map for
     * scripts: the execution, its steps (counts over the instance, as printed), each partition with its range and
     * worker, the files written and, for a run that did not complete, the reason.
     */
    public Map<String, Object> describe(JobExecution execution) {
        String job = execution.getJobInstance().getJobName();
        JobDescriptor descriptor = jobs.descriptorOrNull(job);
        List<JobExecution> executions = jobRepository.getJobExecutions(execution.getJobInstance());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", execution.getId());
        json.put("job", job);
        json.put("status", execution.getStatus().toString());
        json.put("start", execution.getStartTime() == null ? null : execution.getStartTime().toString());
        json.put("end", execution.getEndTime() == null ? null : execution.getEndTime().toString());
        Map<String, Object> parameters = new java.util.TreeMap<>();
        execution.getJobParameters().parameters().stream().filter(p -> p.identifying())
                .forEach(p -> parameters.put(p.name(), String.valueOf(p.value())));
        json.put("parameters", parameters);
        List<Map<String, Object>> steps = new java.util.ArrayList<>();
        List<String> files = new java.util.ArrayList<>();
        for (StepTotals step : StepTotals.of(executions, execution.getId())) {
            Map<String, Object> s = counts(step.step(), step.status().toString(), step.read(), step.written(),
                    step.filtered(), step.skipped(), step.commits(), step.counters());
            s.put("items", descriptor == null ? "items" : descriptor.itemsOf(step.step()));
            List<Map<String, Object>> partitions = new java.util.ArrayList<>();
            for (StepExecution partition : step.partitions()) {
                Map<String, Object> p = counts(partition.getStepName().substring(partition.getStepName().indexOf(':') + 1),
                        partition.getStatus().toString(), partition.getReadCount(), partition.getWriteCount(),
                        partition.getFilterCount(), partition.getSkipCount(), partition.getCommitCount(),
                        StepCounters.all(partition));
                IdRange range = IdRange.of(partition);
                p.put("fromId", range.fromId());
                p.put("toId", range.toId() == Long.MAX_VALUE ? null : range.toId());
                p.put("worker", PartitionedSteps.workerOf(partition));
                partitions.add(p);
            }
            if (!partitions.isEmpty()) {
                s.put("partitions", partitions);
            }
            steps.add(s);
            files.addAll(filesWritten(step.latest()));
        }
        json.put("steps", steps);
        json.put("files", files);
        json.put("outcome", outcome(execution));
        return json;
    }

    /** The files an export step recorded on its context, one per line. */
    private static List<String> filesWritten(StepExecution step) {
        String files = step.getExecutionContext().getString(OrganizationCsvExportTasklet.FILES_KEY, "");
        return Arrays.stream(files.split("\n")).filter(file -> !file.isBlank()).toList();
    }

    private static Map<String, Object> counts(String name, String status, long read, long written, long filtered,
            long skipped, long commits, Map<String, Long> counters) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name);
        json.put("status", status);
        json.put("read", read);
        json.put("written", written);
        json.put("filtered", filtered);
        json.put("skipped", skipped);
        json.put("commits", commits);
        json.put("counters", counters);
        return json;
    }

    private static String counters(Map<String, Long> counters) {
        return counters.isEmpty() ? "" : counters.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", ", ", ", ""));
    }

    private static String parametersOf(JobExecution execution) {
        return execution.getJobParameters().parameters().stream().filter(p -> p.identifying())
                .map(p -> p.name() + "=" + p.value()).sorted().collect(Collectors.joining(" "));
    }

    public static String durationOf(LocalDateTime start, LocalDateTime end) {
        if (start == null) {
            return "-";
        }
        Duration d = Duration.between(start, end == null ? LocalDateTime.now() : end);
        return d.toMinutes() > 0 ? "%dm%02ds".formatted(d.toMinutes(), d.toSecondsPart())
                : "%.1fs".formatted(d.toMillis() / 1000.0);
    }

    /**
     * One line for a run that did not complete, for stderr: "invoice-generation failed in step export-invoices:
     * cannot create export file ...". Null for a completed run.
     */
    public String outcome(JobExecution execution) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            return null;
        }
        String job = execution.getJobInstance().getJobName();
        StepExecution step = execution.getStepExecutions().stream().filter(s -> s.getStatus() != BatchStatus.COMPLETED)
                .max(Comparator.comparing(StepExecution::getId)).orElse(null);
        if (execution.getStatus() == BatchStatus.STOPPED || execution.getStatus() == BatchStatus.STOPPING) {
            return job + " stopped" + (step == null ? "" : " in step " + PartitionedSteps.managerOf(step.getStepName()))
                    + "; restart it with: billcycle restart "
                    + execution.getId();
        }
        if (step == null) {
            return job + " " + execution.getStatus().toString().toLowerCase() + ": "
                    + (execution.getAllFailureExceptions().isEmpty()
                            ? Reasons.clean(execution.getExitStatus().getExitDescription())
                            : Reasons.of(execution.getAllFailureExceptions().get(0)));
        }
        // a partition that failed comes after its manager step: the partition says why, the manager names the step
        return job + " failed in step " + PartitionedSteps.managerOf(step.getStepName()) + ": " + failureOf(step);
    }

    /**
     * The most specific reason a step failed: the root cause when the exception is at hand (this run), else the last
     * "Caused by" of the stored exit description (an execution read back from the repository).
     */
    static String failureOf(StepExecution step) {
        if (!step.getFailureExceptions().isEmpty()) {
            return Reasons.of(step.getFailureExceptions().get(0));
        }
        String description = step.getExitStatus().getExitDescription();
        int cause = description.lastIndexOf("Caused by: ");
        String last = cause < 0 ? description : description.substring(cause + "Caused by: ".length());
        int lineEnd = last.indexOf('\n');
        return Reasons.clean(lineEnd < 0 ? last : last.substring(0, lineEnd));
    }
}
