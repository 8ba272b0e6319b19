package io.billcycle.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.batch.core.job.JobExecution;

import io.billcycle.operations.JobRunner;
import io.billcycle.operations.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Verb(order = 110)
@Command(name = "cycle", mixinStandardHelpOptions = true,
        description = {"Run the daily cycle for a business date, job after job, stopping at the first failure. Run it "
                + "again for the same date: completed jobs are skipped, the failed one restarts from its last commit.",
                "With --from and --to, run it for each date in turn (a backfill): it stops at the first date that does "
                        + "not complete and says how to go on; run again, it skips the dates already complete."})
public class CycleCommand implements Callable<Integer>, CheckedBeforeStart {

    /** The longest backfill in one command: a year and a day. */
    static final int MAX_DAYS = 366;

    @Option(names = "--date", paramLabel = "yyyy-MM-dd", description = "Business date (default: today in billcycle.zone).")
    LocalDate date;

    @Option(names = "--from", paramLabel = "yyyy-MM-dd", description = "First business date of a backfill (with --to).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "yyyy-MM-dd", description = "Last business date of a backfill, included.")
    LocalDate to;

    @Mixin OrgScopeOption org;

    @Option(names = "--partitions", paramLabel = "N", converter = Converters.Partitions.class,
            description = "Split each job's heavy step into N partitions (default: the setting billcycle.partitions).")
    int partitions;

    @Mixin
    WorkersOption workers = new WorkersOption();

    @Spec
    CommandSpec spec;

    private final JobRunner runner;
    private final RunSummary summary;

    public CycleCommand(JobRunner runner, RunSummary summary) {
        this.runner = runner;
        this.summary = summary;
    }

    @Override
    public void check() {
        String problem = null;
        if ((from == null) != (to == null)) {
            problem = "--from and --to go together";
        } else if (from != null && date != null) {
            problem = "give --date, or --from and --to, not both";
        } else if (from != null && to.isBefore(from)) {
            problem = "--to " + to + " is before --from " + from;
        } else if (from != null && from.plusDays(MAX_DAYS).isBefore(to)) {
            problem = "a backfill covers at most " + MAX_DAYS + " days; split " + from + " to " + to;
        }
        if (problem != null) {
            throw new ParameterException(spec.commandLine(), problem);
        }
    }

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        if (from == null) {
            List<JobExecution> unfinished = runner.cycle(date, org.code(), partitions, workers.remote(), out);
            return ExitCodes.ofRuns(unfinished, summary, spec.commandLine().getErr());
        }
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            List<JobExecution> unfinished;
            try {
                unfinished = runner.cycle(day, org.code(), partitions, workers.remote(), out);
            } catch (RuntimeException refused) {
                stoppedAt(day, out);
                throw refused;
            }
            if (!unfinished.isEmpty()) {
                stoppedAt(day, out);
                return ExitCodes.ofRuns(unfinished, summary, spec.commandLine().getErr());
            }
        }
        out.printf("backfill from %s to %s completed.%n", from, to);
        return ExitCodes.OK;
    }

    /** Where a backfill stopped, and the command that goes on from there. */
    private void stoppedAt(LocalDate day, java.io.PrintWriter out) {
        out.printf("backfill stopped at %s; once it is fixed, go on with: billcycle cycle --from %s --to %s%s%n",
                day, day, to, org.code() == null ? "" : " --org " + org.code());
    }
}
