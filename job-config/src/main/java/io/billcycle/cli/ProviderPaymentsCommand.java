package io.billcycle.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.billcycle.batch.Actor;
import io.billcycle.operations.BusinessCalendar;
import io.billcycle.organizations.Organization;
import io.billcycle.organizations.Organizations;
import io.billcycle.providers.PaymentChange;
import io.billcycle.providers.ListedPayment;
import io.billcycle.providers.PaymentTransitions.Action;
import io.billcycle.providers.ProviderPaymentActions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Verb(order = 260)
@Command(name = "provider-payments", mixinStandardHelpOptions = true,
        description = "Provider payments: import them, list them by tab, move them through submission and payment, see "
                + "their history, write an export batch's file again.",
        subcommands = {ProviderPaymentsCommand.ListPayments.class, ProviderPaymentsCommand.Import.class,
                ProviderPaymentsCommand.Reexport.class, ProviderPaymentsCommand.History.class})
public class ProviderPaymentsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    private final ProviderPaymentActions actions;
    private final Organizations organizations;
    private final BusinessCalendar calendar;
    private final Actor actor;

    public ProviderPaymentsCommand(ProviderPaymentActions actions, Organizations organizations, BusinessCalendar calendar,
            Actor actor) {
        this.actions = actions;
        this.organizations = organizations;
        this.calendar = calendar;
        this.actor = actor;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** What every transition takes: the payments' ids, the organization, why. */
    static final class Payments {
        @Parameters(paramLabel = "IDS", arity = "1..*", split = ",", description = "Payment ids, comma or space separated.")
        List<Long> ids = new ArrayList<>();

        @Mixin OrgOption org;

        @Option(names = "--reason", paramLabel = "TEXT", converter = Converters.Reason.class, description = "Why, for the history.")
        String reason;
    }

    // The transitions: one method each, all through move(). Atomic: all the payments move or none does.

    @Command(name = "submit", mixinStandardHelpOptions = true,
            description = "Attendance submitted: submission NEW -> READY_FOR_PARENT (awaiting the parent's signature).")
    int submit(@Mixin Payments payments) {
        return move(Action.SUBMIT, payments, null);
    }

    @Command(name = "sign", mixinStandardHelpOptions = true,
            description = "Signed by both: submission READY_FOR_PARENT -> SUBMITTED; a NEW payment becomes RECEIVED.")
    int sign(@Mixin Payments payments) {
        return move(Action.SIGN, payments, null);
    }

    @Command(name = "receive", mixinStandardHelpOptions = true, description = "Payment NEW -> RECEIVED.")
    int receive(@Mixin Payments payments) {
        return move(Action.RECEIVE, payments, null);
    }

    @Command(name = "authorize", mixinStandardHelpOptions = true,
            description = "Payment RECEIVED -> AUTHORIZED for the calculated amount (above 0 for a payment, not 0 for an adjustment).")
    int authorize(@Mixin Payments payments, @Option(names = "--amount", required = true, paramLabel = "AMOUNT",
            description = "The calculated amount.") BigDecimal amount) {
        return move(Action.AUTHORIZE, payments, amount);
    }

    @Command(name = "hold", mixinStandardHelpOptions = true,
            description = "Payment NEW, RECEIVED or AUTHORIZED -> HOLD; --reason is required.")
    int hold(@Mixin Payments payments) {
        return move(Action.HOLD, payments, null);
    }

    @Command(name = "release", mixinStandardHelpOptions = true, description = "Payment HOLD -> RECEIVED.")
    int release(@Mixin Payments payments) {
        return move(Action.RELEASE, payments, null);
    }

    private int move(Action action, Payments payments, BigDecimal amount) {
        Organization organization = organizations.ofProviderPayments(payments.org.code(), payments.ids);
        int moved = actions.apply(organization, action, payments.ids, amount, payments.reason,
                calendar.orTodayFor(null, organization), actor.name());
        spec.commandLine().getOut().printf("%s: %d payment(s)%n", action.name().toLowerCase(), moved);
        return ExitCodes.OK;
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import generated payments from a CSV file with the columns provider_id, service_period, kind, "
                    + "adjusts_payment_id, amount, submission_status, payment_status.",
                    "Every row is checked first; one bad row rejects the file with every problem listed. A provider "
                            + "has one PAYMENT per service period: more are ADJUSTMENTs of it. A file may set the "
                            + "statuses NEW, READY_FOR_PARENT and SUBMITTED, and NEW and RECEIVED."})
    public static class Import implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE", converter = Converters.InputFile.class) java.nio.file.Path file;
        @Mixin OrgOption org;

        @Spec
        CommandSpec spec;

        private final io.billcycle.providers.ProviderPaymentImport importer;
        private final Organizations organizations;
        private final Actor actor;

        public Import(io.billcycle.providers.ProviderPaymentImport importer, Organizations organizations, Actor actor) {
            this.importer = importer;
            this.organizations = organizations;
            this.actor = actor;
        }

        @Override
        public Integer call() {
            int imported = importer.importFile(organizations.resolve(org.code()), file, actor.name());
            spec.commandLine().getOut().printf("imported %d provider payment(s) from %s%n", imported, file.getFileName());
            return ExitCodes.OK;
        }
    }

    @Command(name = "reexport", mixinStandardHelpOptions = true,
            description = "Write an export batch's file again from the database, byte for byte the file the export "
                    + "wrote (checked against its recorded SHA-256); changes nothing.")
    public static class Reexport implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "BATCH_ID") long batch;
        @Mixin OrgOption org;

        @Spec
        CommandSpec spec;

        private final io.billcycle.providers.ProviderBatchReexport reexport;
        private final Organizations organizations;

        public Reexport(io.billcycle.providers.ProviderBatchReexport reexport, Organizations organizations) {
            this.reexport = reexport;
            this.organizations = organizations;
        }

        @Override
        public Integer call() {
            var file = reexport.reexport(organizations.ofExportBatch(org.code(), batch), batch);
            spec.commandLine().getOut().printf("rewrote %s (+ .manifest.json): %d payment(s), total %s, identical to the export%n",
                    file.csv(), file.description().rowCount(), file.description().amountTotal());
            return ExitCodes.OK;
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true, description = "Every status change of a payment: when, who, from, to, why.")
    public static class History implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID") long id;
        @Mixin OrgOption org;

        @Spec
        CommandSpec spec;

        private final ProviderPaymentActions actions;
        private final Organizations organizations;

        public History(ProviderPaymentActions actions, Organizations organizations) {
            this.actions = actions;
            this.organizations = organizations;
        }

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            for (PaymentChange c : actions.history(organizations.ofProviderPayments(org.code(), List.of(id)), id)) {
                out.printf("%s  %-12s %-10s %s -> %s  %s%n", c.changedAt().toLocalDateTime().withNano(0), c.changedBy(),
                        c.machine(), c.fromStatus() == null ? "-" : c.fromStatus(), c.toStatus(),
                        c.reason() == null ? "" : c.reason());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"A service period's payments by tab: all, pending-parent (awaiting the parent's signature), "
                    + "submitted (received, or signed by both), authorized, paid. The last line counts them and totals "
                    + "their amounts.", "--format csv writes the same rows as CSV for finance."})
    public static class ListPayments implements Callable<Integer> {

        @Option(names = "--tab", paramLabel = "TAB", defaultValue = "all", converter = TabConverter.class,
                description = "all, pending-parent, submitted, authorized or paid (default ${DEFAULT-VALUE}).") String tab;
        @Option(names = "--period", required = true, paramLabel = "yyyy-MM", converter = Converters.Period.class,
                description = "The service period.") String period;
        @Option(names = "--format", paramLabel = "text|csv", defaultValue = "text", description = "text or csv (default ${DEFAULT-VALUE}).") String format;
        @Mixin OrgOption org;

        @Spec
        CommandSpec spec;

        private final ProviderPaymentActions payments;
        private final Organizations organizations;

        public ListPayments(ProviderPaymentActions payments, Organizations organizations) {
            this.payments = payments;
            this.organizations = organizations;
        }

        @Override
        public Integer call() {
            if (!format.equals("text") && !format.equals("csv")) {
                throw new io.billcycle.batch.UsageException("--format must be text or csv, got '" + format + "'");
            }
            List<ListedPayment> rows = payments.list(organizations.resolve(org.code()), tab, period);
            ProviderPaymentListing.print(spec.commandLine().getOut(), rows, tab, period, format.equals("csv"));
            return ExitCodes.OK;
        }
    }

    static final class TabConverter implements picocli.CommandLine.ITypeConverter<String> {
        static final List<String> TABS = List.of("all", "pending-parent", "submitted", "authorized", "paid");

        @Override
        public String convert(String value) {
            if (!TABS.contains(value)) {
                throw new picocli.CommandLine.TypeConversionException("must be one of " + String.join(", ", TABS));
            }
            return value;
        }
    }
}
