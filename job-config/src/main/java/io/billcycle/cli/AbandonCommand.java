package io.billcycle.cli;

import java.util.concurrent.Callable;

import io.billcycle.operations.JobRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Verb(order = 160)
@Command(name = "abandon", mixinStandardHelpOptions = true,
        description = "Mark a stopped or failed execution as abandoned: it will not be restarted.")
public class AbandonCommand implements Callable<Integer> {

    @Mixin
    ExecutionIdParameter execution;

    @Spec
    CommandSpec spec;

    private final JobRunner runner;

    public AbandonCommand(JobRunner runner) {
        this.runner = runner;
    }

    @Override
    public Integer call() throws Exception {
        runner.abandon(execution.id(), spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
