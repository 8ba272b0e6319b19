package io.billcycle.cli;

import java.util.concurrent.Callable;

import org.springframework.batch.core.job.JobExecution;

import io.billcycle.operations.JobRunner;
import io.billcycle.operations.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Verb(order = 180)
@Command(name = "execution", mixinStandardHelpOptions = true,
        description = "Show one execution per step: read, written, skipped, commits, exit message, files written; "
                + "a partitioned step's partitions with their id range, worker (host and pid), counts and status. JSON: "
                + "{id, job, status, start, end, parameters, steps (with their partitions: range, worker, counts), files, "
                + "outcome}.")
public class ExecutionCommand implements Callable<Integer> {

    @Mixin
    ExecutionIdParameter executionId;

    @Mixin
    JsonFormatOption format;

    @Spec
    CommandSpec spec;

    private final JobRunner runner;
    private final RunSummary summary;

    public ExecutionCommand(JobRunner runner, RunSummary summary) {
        this.runner = runner;
        this.summary = summary;
    }

    @Override
    public Integer call() throws Exception {
        JobExecution execution = runner.find(executionId.id());
        if (format.json()) {
            spec.commandLine().getOut().println(ExecutionsCommand.JSON.writeValueAsString(summary.describe(execution)));
            return ExitCodes.OK;
        }
        summary.print(execution, spec.commandLine().getOut(), true);
        return ExitCodes.OK;
    }
}
