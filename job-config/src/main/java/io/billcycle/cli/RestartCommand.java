package io.billcycle.cli;

import java.util.concurrent.Callable;

import io.billcycle.operations.JobRunner;
import io.billcycle.operations.LaunchResult;
import io.billcycle.operations.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "restart", mixinStandardHelpOptions = true,
        description = "Restart a failed or stopped execution from its last committed chunk.")
public class RestartCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "EXECUTION_ID")
    long executionId;

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
        LaunchResult result = runner.restart(executionId, out);
        if (!result.alreadyCompleted()) {
            summary.print(result.execution(), out);
        }
        return ExitCodes.ofRun(result.execution(), summary, spec.commandLine().getErr());
    }
}
