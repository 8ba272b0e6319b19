package io.billcycle.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import io.billcycle.export.ExportedFile;
import io.billcycle.operations.BusinessCalendar;
import io.billcycle.preview.Previews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Verb(order = 120)
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = "Show what a job would do at a business date, as a CSV file per organization under "
                + "<export-dir>/preview, with the reason for every decision. Changes nothing: no job runs, nothing is "
                + "written to the database.")
public class PreviewCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "JOB", description = "The job, e.g. invoice-generation or finance-charge-assessment.")
    String job;

    @Option(names = "--date", paramLabel = "yyyy-MM-dd",
            description = "Business date (default: today, in the organization's time zone with --org, else in billcycle.zone).")
    LocalDate date;

    @Mixin OrgScopeOption org;

    @Mixin
    JobOptions jobOptions = new JobOptions();

    @Spec
    CommandSpec spec;

    private final Previews previews;
    private final BusinessCalendar calendar;

    public PreviewCommand(Previews previews, BusinessCalendar calendar) {
        this.previews = previews;
        this.calendar = calendar;
    }

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        LocalDate businessDate = calendar.orToday(date, org.code());
        for (ExportedFile file : previews.preview(job, businessDate, org.code(), jobOptions.values())) {
            out.printf("%s for %s (org %s): %d row(s) in %s%n", job, businessDate, file.description().org(),
                    file.description().rowCount(), file.csv());
        }
        return ExitCodes.OK;
    }
}
