package io.billcycle.cli;

import picocli.CommandLine.Parameters;

/** {@code EXECUTION_ID}, the first argument of the commands that act on one job execution. A {@code @Mixin}. */
public class ExecutionIdParameter {

    @Parameters(index = "0", paramLabel = "EXECUTION_ID",
            description = "A job execution's id, as `billcycle executions` lists them.")
    long id;

    public long id() {
        return id;
    }
}
