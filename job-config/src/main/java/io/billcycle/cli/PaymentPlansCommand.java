package io.billcycle.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import io.billcycle.batch.Actor;
import io.billcycle.collections.PlanAtRisk;
import io.billcycle.collections.PaymentPlanRow;
import io.billcycle.collections.PaymentPlanRequest;
import io.billcycle.collections.PaymentPlans;
import io.billcycle.operations.BusinessCalendar;
import io.billcycle.organizations.Organization;
import io.billcycle.organizations.Organizations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Verb(order = 230)
@Command(name = "payment-plans", mixinStandardHelpOptions = true,
        description = "Create, list and cancel payment plans; list the plans at risk before the next collection-roster run.",
        subcommands = {PaymentPlansCommand.Create.class, PaymentPlansCommand.ListPlans.class,
                PaymentPlansCommand.Cancel.class, PaymentPlansCommand.AtRisk.class})
public class PaymentPlansCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final List<Table.Column> COLUMNS = List.of(Table.right("id", 10), Table.left("org", 8),
            Table.left("account", 20), Table.left("kind", 14), Table.left("status", 9), Table.left("start", 10),
            Table.right("amount", 12), Table.right("days", 4), Table.left("next", 10), Table.left("last paid", 10),
            Table.right("last amount", 12), Table.left("def", 3), Table.left("", 0));

    static void row(Table.Rows rows, String org, PaymentPlanRow p) {
        rows.add(p.id(), org, p.accountNumber(), p.kind(), p.status(), p.startDate(), p.paymentAmount(), p.paymentDays(),
                p.nextPaymentDate(), p.lastPaymentDate() == null ? "-" : p.lastPaymentDate(),
                p.lastPaymentAmount() == null ? "-" : p.lastPaymentAmount(),
                p.statusForDefault() == null ? "-" : p.statusForDefault(),
                (p.autopay() ? "autopay " : "") + (p.statusReason() == null ? "" : p.statusReason()));
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Create a payment plan: installments of --amount every --days days from --start. Its kind "
                    + "follows the account: DELINQUENT when it is already in collections, else NON_DELINQUENT.",
                    "Refused for an account with an active plan or in a billing group that suppresses collections. "
                            + "Card numbers are never taken: a value that looks like one is refused."})
    public static class Create implements Callable<Integer> {
        @Mixin OrgOption org;
        @Option(names = "--account", required = true, paramLabel = "NUMBER") String account;
        @Option(names = "--start", required = true, paramLabel = "yyyy-MM-dd") LocalDate start;
        @Option(names = "--amount", required = true, paramLabel = "AMOUNT", description = "Each installment, more than 0.") BigDecimal amount;
        @Option(names = "--days", required = true, paramLabel = "N", description = "Days between installments, 1 to 99.") int days;
        @Option(names = "--next-date", paramLabel = "yyyy-MM-dd", description = "The first installment (default: --start plus --days); not before --start.") LocalDate next;
        @Option(names = "--status-for-default", paramLabel = "CODE", description = "The collection status a default moves the account to (default: the organization's failed status for the plan's kind).") String statusForDefault;
        @Option(names = "--autopay", description = "Collected automatically; needs --merchant and --method.") boolean autopay;
        @Option(names = "--merchant", paramLabel = "NAME") String merchant;
        @Option(names = "--method", paramLabel = "METHOD", description = "e.g. VISA or ACH (never a card number).") String method;
        @Option(names = "--card-holder", paramLabel = "NAME") String cardHolder;
        @Option(names = "--zip", paramLabel = "ZIP", description = "The card holder's five-digit zip code.") String zip;

        @Spec
        CommandSpec spec;

        private final PaymentPlans plans;
        private final Organizations organizations;
        private final String actor;

        public Create(PaymentPlans plans, Organizations organizations, Actor actor) {
            this.plans = plans;
            this.organizations = organizations;
            this.actor = actor.name();
        }

        @Override
        public Integer call() {
            Organization organization = organizations.resolve(org.code());
            PaymentPlanRow plan = plans.create(organization, new PaymentPlanRequest(account, start, amount, days,
                    next, statusForDefault, autopay, merchant, method, cardHolder, zip), actor);
            var out = spec.commandLine().getOut();
            out.printf("payment plan %d created for account %s (%s): %s every %d days, first due %s%n", plan.id(), account,
                    plan.kind(), plan.paymentAmount(), plan.paymentDays(), plan.nextPaymentDate());
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Payment plans of an organization, by account.")
    public static class ListPlans implements Callable<Integer> {
        @Mixin OrgScopeOption org;
        @Option(names = "--account", paramLabel = "NUMBER", description = "Only this account's plans.") String account;

        @Spec
        CommandSpec spec;

        private final PaymentPlans plans;
        private final Organizations organizations;

        public ListPlans(PaymentPlans plans, Organizations organizations) {
            this.plans = plans;
            this.organizations = organizations;
        }

        @Override
        public Integer call() {
            // every organization's, or the one given or the account's: resolved before anything is printed
            List<Organization> scope = org.code() != null ? List.of(organizations.require(org.code()))
                    : account != null ? List.of(organizations.ofAccount(null, account)) : organizations.inScope(null);
            var out = spec.commandLine().getOut();
            Table.Rows rows = new Table.Rows();
            scope.forEach(organization -> plans.list(organization, account).forEach(p -> row(rows, organization.code(), p)));
            Table.print(out, COLUMNS, rows.list());
            return ExitCodes.OK;
        }
    }

    @Command(name = "cancel", mixinStandardHelpOptions = true, description = "Cancel an active payment plan.")
    public static class Cancel implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID", description = "The plan's id (see: payment-plans list).") long id;
        @Mixin OrgOption org;
        @Option(names = "--reason", paramLabel = "TEXT", converter = Converters.Reason.class, description = "Why, kept with the plan.") String reason;

        @Spec
        CommandSpec spec;

        private final PaymentPlans plans;
        private final Organizations organizations;
        private final BusinessCalendar calendar;

        public Cancel(PaymentPlans plans, Organizations organizations, BusinessCalendar calendar) {
            this.plans = plans;
            this.organizations = organizations;
            this.calendar = calendar;
        }

        @Override
        public Integer call() {
            Organization organization = organizations.ofPaymentPlan(org.code(), id);
            plans.cancel(organization, id, calendar.orTodayFor(null, organization), reason);
            spec.commandLine().getOut().printf("payment plan %d cancelled%n", id);
            return ExitCodes.OK;
        }
    }

    @Command(name = "at-risk", mixinStandardHelpOptions = true,
            description = "Active plans whose next installment falls due by --date plus --days (or is already overdue) "
                    + "and is not yet covered by payments, with the shortfall: the list to work before the next "
                    + "collection-roster run defaults them.")
    public static class AtRisk implements Callable<Integer> {
        @Mixin OrgOption org;
        @Option(names = "--date", paramLabel = "yyyy-MM-dd", description = "Today by default, where the organization is.") LocalDate date;
        @Option(names = "--days", paramLabel = "N", defaultValue = "7", converter = Converters.NotNegative.class,
                description = "How far ahead to look (default ${DEFAULT-VALUE}).") int days;

        @Spec
        CommandSpec spec;

        private final PaymentPlans plans;
        private final Organizations organizations;
        private final BusinessCalendar calendar;

        public AtRisk(PaymentPlans plans, Organizations organizations, BusinessCalendar calendar) {
            this.plans = plans;
            this.organizations = organizations;
            this.calendar = calendar;
        }

        @Override
        public Integer call() {
            Organization organization = organizations.resolve(org.code());
            LocalDate day = calendar.orTodayFor(date, organization);
            List<PlanAtRisk> risks = plans.atRisk(organization, day, days);
            var out = spec.commandLine().getOut();
            Table.Rows rows = new Table.Rows();
            BigDecimal total = BigDecimal.ZERO.setScale(2);
            for (PlanAtRisk r : risks) {
                rows.add(r.id(), r.accountNumber(), r.accountName(), r.collectionStatus() == null ? "-" : r.collectionStatus(),
                        r.nextPaymentDate() + (r.nextPaymentDate().isBefore(day) ? "!" : ""), r.paymentAmount(), r.paid(),
                        r.shortfall());
                total = total.add(r.shortfall());
            }
            Table.print(out, List.of(Table.right("plan", 10), Table.left("account", 20), Table.left("name", 30),
                    Table.left("status", 6), Table.left("due", 11), Table.right("amount", 12), Table.right("paid", 12),
                    Table.right("shortfall", 12)), rows.list());
            out.printf("%d plan(s) at risk by %s, shortfall %s (! = already overdue)%n", risks.size(), day.plusDays(days), total);
            return ExitCodes.OK;
        }
    }
}
