package io.billcycle.cli;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.billcycle.batch.JobDescriptor;
import io.billcycle.operations.JobCatalog;
import io.billcycle.operations.Executions;
import io.billcycle.operations.ExecutionRow;
import io.billcycle.operations.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Verb(order = 170)
@Command(name = "executions", mixinStandardHelpOptions = true,
        description = "List job executions, newest first: id, job, status, start, duration, what each step counted "
                + "(over the whole instance, restarts included) and the parameters. JSON: an array of {id, job, status, "
                + "start, end, counts, parameters}.")
public class ExecutionsCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--job", paramLabel = "JOB", description = "Only this job.")
    String job;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", converter = Converters.AtLeastOne.class, description = "At most N rows (default ${DEFAULT-VALUE}).")
    int limit;

    /** How the listing is printed: a table for people, JSON (one array) for scripts. */
    @Mixin
    JsonFormatOption format;

    @Spec
    CommandSpec spec;

    private final Executions executions;
    private final JobCatalog jobs;

    public ExecutionsCommand(Executions executions, JobCatalog jobs) {
        this.executions = executions;
        this.jobs = jobs;
    }

    @Override
    public Integer call() throws Exception {
        if (job != null) {
            jobs.get(job);
        }
        var out = spec.commandLine().getOut();
        List<ExecutionRow> rows = executions.recent(job, limit);
        if (format.json()) {
            List<Map<String, Object>> json = new ArrayList<>();
            for (ExecutionRow row : rows) {
                Map<String, Object> execution = new LinkedHashMap<>();
                execution.put("id", row.id());
                execution.put("job", row.jobName());
                execution.put("status", row.status());
                execution.put("start", row.startTime() == null ? null : row.startTime().toString());
                execution.put("end", row.endTime() == null ? null : row.endTime().toString());
                execution.put("counts", counts(jobs.descriptorOrNull(row.jobName()), row.stepCounts()));
                execution.put("parameters", row.parameters());
                json.add(execution);
            }
            out.println(JSON.writeValueAsString(json));
            return ExitCodes.OK;
        }
        Table.Rows table = new Table.Rows();
        for (ExecutionRow row : rows) {
            table.add(row.id(), row.jobName(), row.status(), row.startTime() == null ? "-" : TIME.format(row.startTime()),
                    RunSummary.durationOf(row.startTime(), row.endTime()), row.parameters() == null ? "" : row.parameters(),
                    counts(jobs.descriptorOrNull(row.jobName()), row.stepCounts()));
        }
        // the counts last: never cut, however many steps a job has
        Table.print(out, List.of(Table.right("id", 10), Table.left("job", 28), Table.left("status", 10),
                Table.left("start", 19), Table.right("duration", 9), Table.left("parameters", 48), Table.left("counts", 0)),
                table.list());
        return ExitCodes.OK;
    }

    /**
     * "642 plans, 3 plans ended, 900 invoices exported": per step, what it read (or, for a step that reads nothing,
     * what it wrote), named by the job's descriptor.
     */
    static String counts(JobDescriptor descriptor, String stepCounts) {
        if (stepCounts == null || stepCounts.isBlank()) {
            return "-";
        }
        List<String> parts = new ArrayList<>();
        for (String step : stepCounts.split(";")) {
            String[] fields = step.split(":");
            long read = Long.parseLong(fields[1]);
            long written = Long.parseLong(fields[2]);
            parts.add((read > 0 ? read : written) + " " + (descriptor == null ? "items" : descriptor.itemsOf(fields[0])));
        }
        return String.join(", ", parts);
    }
}
