package io.billcycle.operations;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import io.billcycle.batch.JobParameterNames;
import io.billcycle.export.OrganizationCsvExportTasklet;
import io.billcycle.invoicing.InvoiceWriter;

/** Prints what a job execution did: per step read / written / filtered / skipped / parked, and the files it wrote. */
public final class RunSummary {

    private RunSummary() {
    }

    public static void print(JobExecution execution, PrintWriter out) {
        out.printf("%s execution %d: %s in %s  [%s]%n", execution.getJobInstance().getJobName(), execution.getId(),
                execution.getStatus(), durationOf(execution.getStartTime(), execution.getEndTime()),
                execution.getJobParameters().parameters().stream()
                        .filter(p -> p.identifying()).map(p -> p.name() + "=" + p.value())
                        .reduce((a, b) -> a + " " + b).orElse(""));
        out.printf("  %-28s %-10s %10s %10s %9s %8s %7s %8s%n", "step", "status", "read", "written", "filtered",
                "skipped", "parked", "commits");
        execution.getStepExecutions().stream().sorted(Comparator.comparing(StepExecution::getId)).forEach(step ->
                out.printf("  %-28s %-10s %10d %10d %9d %8d %7d %8d%n", step.getStepName(), step.getStatus(),
                        step.getReadCount(), step.getWriteCount(), step.getFilterCount(), step.getSkipCount(),
                        step.getExecutionContext().getLong(InvoiceWriter.PARKED_KEY, 0L), step.getCommitCount()));
        long parked = execution.getStepExecutions().stream()
                .mapToLong(step -> step.getExecutionContext().getLong(InvoiceWriter.PARKED_KEY, 0L)).sum();
        if (parked > 0) {
            out.printf("  %d plan(s) parked: more periods due than their organization allows in one run; list them with%n"
                    + "  billcycle plans list --org CODE --parked-on %s%n", parked,
                    execution.getJobParameters().getLocalDate(JobParameterNames.DATE));
        }
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus().isUnsuccessful()) {
                out.printf("  %s %s: %s%n", step.getStepName(), step.getStatus().toString().toLowerCase(), failureOf(step));
            }
            ExecutionContext context = step.getExecutionContext();
            if (context.containsKey(OrganizationCsvExportTasklet.FILES_KEY)) {
                for (String file : context.getString(OrganizationCsvExportTasklet.FILES_KEY).split("\n")) {
                    if (!file.isBlank()) {
                        out.printf("  wrote %s (+ .manifest.json)%n", file);
                    }
                }
            }
        }
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
     * The most specific reason a step failed: the root cause when the exception is at hand (this run), else the last
     * "Caused by" of the stored exit description (an execution read back from the repository).
     */
    static String failureOf(StepExecution step) {
        if (!step.getFailureExceptions().isEmpty()) {
            Throwable root = step.getFailureExceptions().get(0);
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return firstLine(String.valueOf(root.getMessage()));
        }
        String description = step.getExitStatus().getExitDescription();
        int cause = description.lastIndexOf("Caused by: ");
        return firstLine(cause < 0 ? description : description.substring(cause + "Caused by: ".length()));
    }

    static String firstLine(String text) {
        int cut = text.indexOf('\n');
        String line = cut < 0 ? text : text.substring(0, cut);
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
