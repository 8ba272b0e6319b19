package io.billcycle.cli;

import java.util.concurrent.Callable;

import io.billcycle.operations.JobRunner;
import io.billcycle.operations.LaunchResult;
import io.billcycle.operations.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Verb(order = 140)
@Command(name = "restart", mixinStandardHelpOptions = true,
        description = "Restart a failed or stopped execution from its last committed chunk.")
public class RestartCommand implements Callable<Integer> {

    @Mixin
    ExecutionIdParameter execution;

    @Mixin
    WorkersOption workers = new WorkersOption();

    @Spec
    CommandSpec spec;

    private final JobRunner runner;
    private final RunSummary summary;

    public RestartCommand(JobRunner runner, RunSummary summary) {
        this.runner = runner;
        this.summary = summary;
    }

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        // what is left runs here unless --workers remote, whatever the first execution did
        LaunchResult result = runner.restart(execution.id(), workers.remote() ? Boolean.TRUE : null, out);
        if (!result.alreadyCompleted()) {
            summary.print(result.execution(), out);
        }
        return ExitCodes.ofRun(result.execution(), summary, spec.commandLine().getErr());
    }
}
