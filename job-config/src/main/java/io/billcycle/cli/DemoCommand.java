package io.billcycle.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.batch.core.job.JobExecution;

import io.billcycle.batch.BatchSettings;
import io.billcycle.database.DatabaseServer;
import io.billcycle.operations.JobRunner;
import io.billcycle.operations.LaunchRequest;
import io.billcycle.operations.LaunchResult;
import io.billcycle.operations.RunSummary;
import io.billcycle.providers.ProviderPaymentExportJobConfiguration;
import io.billcycle.samples.SampleData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Verb(order = 320)
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Load a small sample data set (once) and run the daily cycle for the demo date, then say where "
                + "the files are. Safe to run again: completed jobs are not run twice.")
public class DemoCommand implements Callable<Integer> {

    @Option(names = "--scale", paramLabel = "N", defaultValue = "20", converter = Converters.NotNegative.class, description = "Random plans per organization (default ${DEFAULT-VALUE}).")
    int scale;

    @Spec
    CommandSpec spec;

    private final SampleData samples;
    private final JobRunner runner;
    private final DatabaseServer server;
    private final BatchSettings settings;
    private final RunSummary summary;

    public DemoCommand(SampleData samples, JobRunner runner, DatabaseServer server, BatchSettings settings,
            RunSummary summary) {
        this.samples = samples;
        this.runner = runner;
        this.server = server;
        this.settings = settings;
        this.summary = summary;
    }

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        LocalDate date = SampleData.DEMO_DATE;
        out.printf("database: %s (schema migrated)%n", DbCommand.where(server));
        if (samples.loaded()) {
            out.println("samples: already loaded");
        } else {
            SampleData.Summary summary = samples.load(scale, 42, date);
            out.printf("samples: loaded %d organizations, %d accounts, %d billing plans%n", summary.organizations(),
                    summary.accounts(), summary.plans());
        }
        out.printf("running the daily cycle for %s%n", date);
        List<JobExecution> unfinished = runner.cycle(date, null, out);
        if (!unfinished.isEmpty()) {
            return ExitCodes.ofRuns(unfinished, summary, spec.commandLine().getErr());
        }
        out.printf("%nexporting the authorized provider payments of %s%n", SampleData.DEMO_SERVICE_PERIOD);
        List<LaunchResult> export = runner.launchEach(new LaunchRequest(ProviderPaymentExportJobConfiguration.JOB_NAME,
                date, SampleData.PROVIDER_PAYMENTS_ORGANIZATION, false, java.util.Map.of("period", SampleData.DEMO_SERVICE_PERIOD)), out);
        export.stream().filter(r -> !r.alreadyCompleted()).forEach(r -> summary.print(r.execution(), out));
        int failed = ExitCodes.ofRuns(export.stream().map(LaunchResult::execution).toList(), summary, spec.commandLine().getErr());
        if (failed != ExitCodes.OK) {
            return failed;
        }
        Path exports = settings.exportDir().toAbsolutePath().normalize();
        out.printf("%nexport files are in %s%n", exports);
        // the samples are dated around the demo date, so the hints that look at "today" name it
        out.printf("try: ./billcycle executions   ./billcycle plans list --org AGENCY%n"
                + "     ./billcycle payment-plans at-risk --org AGENCY --date %s%n"
                + "     ./billcycle provider-payments list --org AGENCY --period %s   ./billcycle db info%n",
                date, SampleData.DEMO_SERVICE_PERIOD);
        return ExitCodes.OK;
    }
}
