package io.billcycle.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.billcycle.batch.UsageException;
import io.billcycle.organizations.Organizations;
import io.billcycle.organizations.OrganizationSettings;
import io.billcycle.organizations.OrganizationSettingsService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Verb(order = 290)
@Command(name = "orgs", mixinStandardHelpOptions = true,
        description = "List organizations with their settings; change settings, dunning levels and the collections integration.",
        subcommands = {OrgsCommand.ListOrgs.class, OrgsCommand.Set.class})
public class OrgsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every organization and its settings.")
    public static class ListOrgs implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        private final Organizations organizations;

        public ListOrgs(Organizations organizations) {
            this.organizations = organizations;
        }

        @Override
        public Integer call() {
            organizations.describeAll().forEach(spec.commandLine().getOut()::println);
            return ExitCodes.OK;
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Change an organization's settings; every value is checked first and a change with any bad "
                    + "value saves nothing.")
    public static class Set implements Callable<Integer> {
        @Option(names = "--org", required = true, paramLabel = "CODE") String org;
        @Option(names = "--name", paramLabel = "TEXT") String name;
        @Option(names = "--time-zone", paramLabel = "ZONE", description = "e.g. Europe/Paris: what today means for it.") String timeZone;
        @Option(names = "--payment-terms-days", paramLabel = "N") Integer paymentTermsDays;
        @Option(names = "--max-catch-up-periods", paramLabel = "N") Integer maxCatchUpPeriods;
        @Option(names = "--minimum-payment", paramLabel = "AMOUNT") BigDecimal minimumPayment;
        @Option(names = "--finance-charges", arity = "1", paramLabel = "on|off", converter = OnOff.class) Boolean financeCharges;
        @Option(names = "--finance-charge-rate", paramLabel = "PERCENT", description = "A year, e.g. 18.000.") BigDecimal rate;
        @Option(names = "--finance-charge-minimum", paramLabel = "AMOUNT") BigDecimal minimum;
        @Option(names = "--finance-charge-min-balance", paramLabel = "AMOUNT") BigDecimal minBalance;
        @Option(names = "--finance-charge-grace-days", paramLabel = "N") Integer graceDays;
        @Option(names = "--dunning-level", paramLabel = "N=TEXT",
                description = "Set level N's message (\\n separates its two lines); repeatable.")
        Map<Integer, String> dunningLevels = new LinkedHashMap<>();
        @Option(names = "--remove-dunning-level", paramLabel = "N", description = "Remove level N; repeatable.")
        List<Integer> removedLevels = new ArrayList<>();
        @Option(names = "--collections", arity = "1", paramLabel = "on|off", converter = OnOff.class,
                description = "Whether collection-roster runs for it; on needs the five statuses below.") Boolean collections;
        @Option(names = "--collections-days-past-due", paramLabel = "N", description = "Delinquent when this old and older.") Integer collectionsDays;
        @Option(names = "--collections-min-balance", paramLabel = "AMOUNT", description = "...and at least this much past due.") BigDecimal collectionsMinBalance;
        @Option(names = "--initial-collection-status", paramLabel = "CODE") String initialStatus;
        @Option(names = "--payment-plan-status", paramLabel = "CODE") String planStatus;
        @Option(names = "--payment-plan-failed-status", paramLabel = "CODE") String planFailedStatus;
        @Option(names = "--non-delinquent-plan-status", paramLabel = "CODE") String nonDelinquentPlanStatus;
        @Option(names = "--non-delinquent-plan-failed-status", paramLabel = "CODE") String nonDelinquentPlanFailedStatus;
        @Option(names = "--print-statements", arity = "1", paramLabel = "on|off", converter = OnOff.class,
                description = "Whether statement-cycle also prints its statements as PDF (default on).") Boolean printStatements;
        @Option(names = "--address-line1", paramLabel = "TEXT", description = "The return address on statements; an empty value clears a line.") String addressLine1;
        @Option(names = "--address-line2", paramLabel = "TEXT") String addressLine2;
        @Option(names = "--city", paramLabel = "TEXT") String city;
        @Option(names = "--region", paramLabel = "TEXT") String region;
        @Option(names = "--postal-code", paramLabel = "TEXT") String postalCode;
        @Option(names = "--country", paramLabel = "CC", description = "Two capital letters, e.g. US.") String country;

        @Spec
        CommandSpec spec;

        private final OrganizationSettingsService settings;

        public Set(OrganizationSettingsService settings) {
            this.settings = settings;
        }

        @Override
        public Integer call() {
            Map<Integer, String> levels = new LinkedHashMap<>();
            (dunningLevels == null ? Map.<Integer, String>of() : dunningLevels)
                    .forEach((level, text) -> levels.put(level, text.replace("\\n", "\n")));
            OrganizationSettings change = new OrganizationSettings(name, timeZone, paymentTermsDays, maxCatchUpPeriods,
                    minimumPayment, financeCharges, rate, minimum, minBalance, graceDays, levels, removedLevels,
                    new OrganizationSettings.CollectionSettings(collections, collectionsDays, collectionsMinBalance, initialStatus,
                            planStatus, planFailedStatus, nonDelinquentPlanStatus, nonDelinquentPlanFailedStatus),
                    new OrganizationSettings.Mailing(printStatements, addressLine1, addressLine2, city, region,
                            postalCode, country));
            if (change.isEmpty()) {
                throw new UsageException("nothing to change: give at least one setting (see: billcycle orgs set --help)");
            }
            settings.apply(org, change);
            spec.commandLine().getOut().printf("organization %s: settings saved%n", org);
            return ExitCodes.OK;
        }
    }

    /** on / off, as operators type it. */
    static final class OnOff implements picocli.CommandLine.ITypeConverter<Boolean> {
        @Override
        public Boolean convert(String value) {
            return switch (value.trim().toLowerCase()) {
                case "on", "true", "yes" -> true;
                case "off", "false", "no" -> false;
                default -> throw new picocli.CommandLine.TypeConversionException("must be on or off");
            };
        }
    }
}
