package io.billcycle.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.batch.core.job.JobExecution;

import io.billcycle.operations.BusinessCalendar;
import io.billcycle.operations.JobRunner;
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

    @Option(names = "--partitions", paramLabel = "N", converter = Converters.Partitions.class,
            description = "Split each job's heavy step into N partitions (default: the setting billcycle.partitions).")
    int partitions;

    @Spec
    CommandSpec spec;

    private final JobRunner runner;
    private final BusinessCalendar calendar;
    private final RunSummary summary;

    public CycleCommand(JobRunner runner, BusinessCalendar calendar, RunSummary summary) {
        this.runner = runner;
        this.calendar = calendar;
        this.summary = summary;
    }

    @Override
    public Integer call() throws Exception {
        List<JobExecution> unfinished = runner.cycle(calendar.orToday(date, org), org, partitions, spec.commandLine().getOut());
        return ExitCodes.ofRuns(unfinished, summary, spec.commandLine().getErr());
    }
}
