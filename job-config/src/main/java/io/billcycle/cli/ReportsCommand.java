package io.billcycle.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.billcycle.batch.BatchSettings;
import io.billcycle.batch.UsageException;
import io.billcycle.export.ExportedFile;
import io.billcycle.imports.TextInput;
import io.billcycle.operations.BusinessCalendar;
import io.billcycle.organizations.Organization;
import io.billcycle.organizations.Organizations;
import io.billcycle.reports.ReportRunner;
import io.billcycle.reports.ReportTemplate;
import io.billcycle.reports.TemplateException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Verb(order = 280)
@Command(name = "reports", mixinStandardHelpOptions = true, description = "Run a club's own report SQL safely.",
        subcommands = {ReportsCommand.Run.class})
public class ReportsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = {"Run a report template (sections '# startup statements' and '# query'; placeholders "
                    + "{{currentDateLocal}}, {{dateFromLocal}}, {{dateToLocal}}, {{facilityIdList}}) and write its rows "
                    + "as CSV. dateTo = --date + --add-days, dateFrom = dateTo - --window-days.",
                    "The query runs in a read-only transaction under a statement timeout (its MAX_EXECUTION_TIME hint, "
                            + "else 30 s), every placeholder bound as a parameter. A template that would write, run "
                            + "more than one statement or call a function with side effects is refused, naming the line."})
    public static class Run implements Callable<Integer> {
        @Option(names = "--template", required = true, paramLabel = "FILE", converter = Converters.InputFile.class) Path template;
        @Mixin OrgOption org;
        @Option(names = "--date", paramLabel = "yyyy-MM-dd", description = "Today by default, where the club is.") LocalDate date;
        @Option(names = "--add-days", paramLabel = "N", defaultValue = "10", converter = Converters.WindowDays.class,
                description = "How far ahead dateTo is (default ${DEFAULT-VALUE}).") int addDays;
        @Option(names = "--window-days", paramLabel = "N", defaultValue = "7", converter = Converters.WindowDays.class,
                description = "How far back from dateTo dateFrom is (default ${DEFAULT-VALUE}).") int windowDays;
        @Option(names = "--facilities", paramLabel = "LIST", split = ",", description = "Facility ids (default: all of the club's).")
        List<Long> facilities = new ArrayList<>();
        @Option(names = "--out", paramLabel = "FILE", description = "Where the CSV goes (default: <export-dir>/reports/<template>-<org>-<date>.csv).")
        Path out;

        @Spec
        CommandSpec spec;

        private final ReportRunner runner;
        private final Organizations organizations;
        private final BusinessCalendar calendar;
        private final BatchSettings settings;

        public Run(ReportRunner runner, Organizations organizations, BusinessCalendar calendar, BatchSettings settings) {
            this.runner = runner;
            this.organizations = organizations;
            this.calendar = calendar;
            this.settings = settings;
        }

        @Override
        public Integer call() {
            ReportTemplate parsed;
            try {
                parsed = ReportTemplate.parse(TextInput.read(template, "--template"));
            } catch (TemplateException e) {
                throw new UsageException("template " + template + ", " + e.getMessage() + "; nothing was run");
            }
            Organization organization = organizations.resolve(org.code());
            LocalDate today = calendar.orTodayFor(date, organization);
            LocalDate dateTo = today.plusDays(addDays);
            List<Long> scope = facilities.isEmpty() ? runner.facilities(organization.id()) : facilities;
            String stem = template.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            Path target = out != null ? out : settings.exportDir().resolve("reports")
                    .resolve(stem + "-" + organization.code() + "-" + today + ".csv");
            ExportedFile file = runner.run(parsed, new ReportRunner.Values(today, dateTo.minusDays(windowDays), dateTo, scope),
                    target, organization.code());
            spec.commandLine().getOut().printf("%s: %d row(s) for %s to %s in %s%n", stem, file.description().rowCount(),
                    dateTo.minusDays(windowDays), dateTo, file.csv());
            return ExitCodes.OK;
        }
    }
}
