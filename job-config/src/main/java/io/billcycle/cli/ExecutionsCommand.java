package io.billcycle.cli;

import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;

import io.billcycle.operations.OperationsMapper;
import io.billcycle.operations.OperationsMapper.ExecutionRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "executions", mixinStandardHelpOptions = true,
        description = "List job executions, newest first: id, job, parameters, status, start, duration, counts.")
public class ExecutionsCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Option(names = "--job", paramLabel = "JOB", description = "Only this job.")
    String job;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N rows (default ${DEFAULT-VALUE}).")
    int limit;

    @Spec
    CommandSpec spec;

    private final OperationsMapper operations;

    public ExecutionsCommand(OperationsMapper operations) {
        this.operations = operations;
    }

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1, was " + limit);
        }
        var out = spec.commandLine().getOut();
        out.printf("%6s  %-28s %-10s %-19s %9s %10s %10s  %s%n", "id", "job", "status", "start", "duration", "read",
                "written", "parameters");
        for (ExecutionRow row : operations.selectExecutions(job, limit)) {
            out.printf("%6d  %-28s %-10s %-19s %9s %10s %10s  %s%n", row.id(), row.jobName(), row.status(),
                    row.startTime() == null ? "-" : TIME.format(row.startTime()),
                    io.billcycle.operations.RunSummary.durationOf(row.startTime(), row.endTime()),
                    row.readCount() == null ? "-" : row.readCount(), row.writeCount() == null ? "-" : row.writeCount(),
                    row.parameters() == null ? "" : row.parameters());
        }
        return ExitCodes.OK;
    }
}
