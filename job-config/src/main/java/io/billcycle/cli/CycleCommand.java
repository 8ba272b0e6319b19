package io.billcycle.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import io.billcycle.operations.BusinessCalendar;
import io.billcycle.operations.JobCatalog;
import io.billcycle.operations.JobRunner;
import io.billcycle.operations.LaunchRequest;
import io.billcycle.operations.LaunchResult;
import io.billcycle.operations.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "cycle", mixinStandardHelpOptions = true,
        description = "Run the daily cycle for a business date, job after job, stopping at the first failure. Run it "
                + "again for the same date: completed jobs are skipped, the failed one restarts from its last commit.")
public class CycleCommand implements Callable<Integer> {

    @Option(names = "--date", paramLabel = "yyyy-MM-dd", description = "Business date (default: today in billcycle.zone).")
    LocalDate date;

    @Option(names = "--org", paramLabel = "CODE", description = "Only this organization (default: all).")
    String org;

    @Spec
    CommandSpec spec;

    private final JobRunner runner;
    private final BusinessCalendar calendar;

    public CycleCommand(JobRunner runner, BusinessCalendar calendar) {
        this.runner = runner;
        this.calendar = calendar;
    }

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        LocalDate businessDate = calendar.orToday(date);
        for (String job : JobCatalog.CYCLE) {
            LaunchResult result = runner.launch(LaunchRequest.of(job, businessDate, org), out);
            if (!result.alreadyCompleted()) {
                RunSummary.print(result.execution(), out);
            }
            if (!result.succeeded()) {
                out.printf("cycle for %s stopped at %s; run the cycle again to restart it.%n", businessDate, job);
                return ExitCodes.FAILED;
            }
        }
        out.printf("cycle for %s completed.%n", businessDate);
        return ExitCodes.OK;
    }
}
