package io.billcycle.cli;

import java.util.concurrent.Callable;

import io.billcycle.operations.JobRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Verb(order = 150)
@Command(name = "stop", mixinStandardHelpOptions = true,
        description = "Ask a running execution to stop after its current chunk (it can be restarted later).")
public class StopCommand implements Callable<Integer> {

    @Mixin
    ExecutionIdParameter execution;

    @Spec
    CommandSpec spec;

    private final JobRunner runner;

    public StopCommand(JobRunner runner) {
        this.runner = runner;
    }

    @Override
    public Integer call() throws Exception {
        runner.stop(execution.id(), spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
