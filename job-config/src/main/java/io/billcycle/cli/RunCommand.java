package io.billcycle.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.billcycle.operations.JobRunner;
import io.billcycle.operations.LaunchRequest;
import io.billcycle.operations.LaunchResult;
import io.billcycle.operations.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Verb(order = 100)
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run one job for a business date. A job already completed for the same date and organization "
                + "does nothing and exits 0; a failed one is restarted from its last commit.")
public class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "JOB", description = "The job, e.g. invoice-generation; 'billcycle jobs' lists them.")
    String job;

    @Option(names = "--date", paramLabel = "yyyy-MM-dd",
            description = "Business date (default: today, in the organization's time zone with --org, else in billcycle.zone).")
    LocalDate date;

    @Mixin OrgScopeOption org;

    @Option(names = "--force", description = "Run a completed job again as a new instance; only what is missing is added.")
    boolean force;

    @Mixin
    JobOptions jobOptions = new JobOptions();

    @Option(names = "--partitions", paramLabel = "N", converter = Converters.Partitions.class,
            description = "Split the job's heavy step into N partitions run on threads (default: the setting "
                    + "billcycle.partitions). The result is the same whatever N.")
    int partitions;

    @Mixin
    WorkersOption workers = new WorkersOption();

    @Spec
    CommandSpec spec;

    private final JobRunner runner;
    private final RunSummary summary;

    public RunCommand(JobRunner runner, RunSummary summary) {
        this.runner = runner;
        this.summary = summary;
    }

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        Map<String, String> options = jobOptions.values();
        List<LaunchResult> results = runner.launchEach(new LaunchRequest(job, date, org.code(), force,
                options, partitions, workers.remote()), out);
        results.stream().filter(r -> !r.alreadyCompleted()).forEach(r -> summary.print(r.execution(), out));
        return ExitCodes.ofRuns(results.stream().map(LaunchResult::execution).toList(), summary, spec.commandLine().getErr());
    }
}
