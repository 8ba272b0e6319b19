package io.billcycle.cli;

import java.util.concurrent.Callable;

import io.billcycle.batch.JobDescriptor;
import io.billcycle.operations.JobCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "jobs", mixinStandardHelpOptions = true,
        description = "List the jobs: what each does, its place in the daily cycle and on which dates the cycle runs it, "
                + "and the options it takes.")
public class JobsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final JobCatalog jobs;

    public JobsCommand(JobCatalog jobs) {
        this.jobs = jobs;
    }

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        for (JobDescriptor job : jobs.descriptors()) {
            out.printf("%s%n  %s%n  cycle: %s%n", job.name(), job.description(), job.inCycle()
                    ? "place " + job.cycleOrder().orElseThrow() + ", on " + job.runsOn().description()
                    : "not in the daily cycle; run it by name");
            job.options().forEach(o -> out.printf("  option %s (%s%s): %s%n", o.name(), o.type().name().toLowerCase()
                    .replace("yes_no", "yes or no").replace('_', ' '), o.required() ? ", required" : "", o.description()));
        }
        return ExitCodes.OK;
    }
}
