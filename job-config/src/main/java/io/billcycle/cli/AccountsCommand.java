package io.billcycle.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import io.billcycle.accounts.StatementLine;
import io.billcycle.accounts.AccountView;
import io.billcycle.accounts.AccountActions;
import io.billcycle.accounts.AccountOverview;
import io.billcycle.batch.UsageException;
import io.billcycle.collections.RosterLine;
import io.billcycle.collections.AccountCollections;
import io.billcycle.imports.TextInput;
import io.billcycle.ledger.AccountPosition;
import io.billcycle.operations.BusinessCalendar;
import io.billcycle.organizations.Organization;
import io.billcycle.organizations.Organizations;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Verb(order = 210)
@Command(name = "accounts", mixinStandardHelpOptions = true,
        description = "Show an account; suspend or resume its statements; returned mail and a new address; billing "
                + "and override messages.",
        subcommands = {AccountsCommand.Show.class, AccountsCommand.Suspend.class, AccountsCommand.Unsuspend.class,
                AccountsCommand.ReturnedMail.class, AccountsCommand.UpdateAddress.class, AccountsCommand.BillingMessage.class,
                AccountHistoryCommand.class})
public class AccountsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** What every account action takes: the account and, with several organizations, which one. */
    abstract static class AccountAction implements Callable<Integer> {
        @Option(names = "--account", required = true, paramLabel = "NUMBER", description = "The account number.")
        String account;

        @Mixin OrgOption org;

        @Spec
        CommandSpec spec;

        final AccountActions actions;
        final Organizations organizations;

        AccountAction(AccountActions actions, Organizations organizations) {
            this.actions = actions;
            this.organizations = organizations;
        }

        Organization organization() {
            return organizations.ofAccount(org.code(), account);
        }

        Integer done(String what) {
            spec.commandLine().getOut().printf("account %s: %s%n", account, what);
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "An account's statement settings, balance and aging today (or --date), its last statements with why "
                    + "their dunning level is what it is, and its place in collections with the last roster changes.")
    public static class Show extends AccountAction {
        @Option(names = "--date", paramLabel = "yyyy-MM-dd",
                description = "The balance and aging as of this date (default: today, where the organization is).")
        LocalDate date;

        private final AccountOverview overview;
        private final BusinessCalendar calendar;

        public Show(AccountActions actions, Organizations organizations, AccountOverview overview,
                BusinessCalendar calendar) {
            super(actions, organizations);
            this.overview = overview;
            this.calendar = calendar;
        }

        @Override
        public Integer call() {
            Organization organization = organization();
            AccountOverview.Overview view = overview.of(organization, account,
                    calendar.orTodayFor(date, organization));
            AccountView a = view.account();
            AccountPosition p = view.position();
            LocalDate today = view.asOf();
            var out = spec.commandLine().getOut();
            out.printf("account %s  %s  (%s)%n", a.accountNumber(), a.name(), organization.code());
            out.printf("  address       %s%s, %s %s %s%s%n", nullToEmpty(a.addressLine1()),
                    a.addressLine2() == null ? "" : ", " + a.addressLine2(), nullToEmpty(a.city()), nullToEmpty(a.region()),
                    nullToEmpty(a.postalCode()), a.returnedMail() ? "  [RETURNED MAIL: no statements until a new address]" : "");
            out.printf("  statements    %s; first %s, last %s, next %s; dunning level %d%n",
                    a.statementsSuspended() ? "SUSPENDED" : "active", orDash(a.firstStatementDate()),
                    orDash(a.lastStatementDate()), orDash(a.nextStatementDate()), a.dunningLevel());
            out.printf("  messages      billing %s%s; override %s%n", quoted(a.billingMessage()),
                    a.billingMessage() != null && a.billingMessageRecurring() ? " (recurring)" : "", quoted(a.overrideBillingMessage()));
            out.printf("  finance       %s; next charge %s%n", a.waiveFinanceCharges() ? "waived" : "assessed",
                    orDash(a.nextFinanceChargeDate()));
            out.printf("  at %s      balance %s, past due %s; aging current %s, 1-30 %s, 31-60 %s, 61-90 %s, 91+ %s%n",
                    today, p.balance(), p.pastDue(), p.agingCurrent(), p.aging1To30(), p.aging31To60(), p.aging61To90(),
                    p.aging91Plus());
            for (StatementLine s : view.statements()) {
                out.printf("  statement %s  balance %s, minimum %s, level %d: %s%n", s.statementDate(), s.balance(),
                        s.minimumDue(), s.dunningLevel(), s.dunningReason());
            }
            AccountCollections c = view.collections();
            out.printf("  collections   %s%s%n", c.status() == null ? "not in collections"
                    : c.status() + " since " + orDash(c.statusDate()) + (c.sticky() ? " (sticky: reached by a plan default)" : ""),
                    c.planId() == null ? "" : "; payment plan " + c.planId() + ": " + c.planAmount() + " every "
                            + c.planDays() + " days, next due " + c.planNextPaymentDate());
            for (RosterLine r : view.roster()) {
                out.printf("  roster %s  %s -> %s %s: %s%n", r.runDate(), orDash(r.fromStatus()), orDash(r.toStatus()),
                        r.reason(), r.detail());
            }
            return ExitCodes.OK;
        }

        private static String nullToEmpty(Object value) {
            return value == null ? "" : value.toString();
        }

        private static String orDash(Object value) {
            return value == null ? "-" : value.toString();
        }

        private static String quoted(String text) {
            return text == null ? "none" : "\"" + text.replace("\n", " / ") + "\"";
        }
    }

    @Command(name = "suspend-statements", mixinStandardHelpOptions = true,
            description = "Stop the account's statements, and with them dunning advancement.")
    public static class Suspend extends AccountAction {
        public Suspend(AccountActions actions, Organizations organizations) {
            super(actions, organizations);
        }

        @Override
        public Integer call() {
            actions.suspendStatements(organization(), account);
            return done("statements suspended");
        }
    }

    @Command(name = "unsuspend-statements", mixinStandardHelpOptions = true,
            description = "Resume the account's statements: --restart-cycle starts over (level 0, statement dates "
                    + "cleared, the next statement today); --continue goes on from the last level.")
    public static class Unsuspend extends AccountAction {
        static class How {
            @Option(names = "--restart-cycle", required = true, description = "Start the statement cycle over.")
            boolean restartCycle;

            @Option(names = "--continue", required = true, description = "Go on from the last level and dates.")
            boolean continueCycle;
        }

        @ArgGroup(exclusive = true, multiplicity = "1")
        How how;

        private final BusinessCalendar calendar;

        public Unsuspend(AccountActions actions, Organizations organizations, BusinessCalendar calendar) {
            super(actions, organizations);
            this.calendar = calendar;
        }

        @Override
        public Integer call() {
            Organization organization = organization();
            actions.unsuspendStatements(organization, account, how.restartCycle, calendar.orTodayFor(null, organization));
            return done(how.restartCycle ? "statements resumed; the cycle starts over" : "statements resumed from the last level");
        }
    }

    @Command(name = "returned-mail", mixinStandardHelpOptions = true,
            description = "Mark the account's mail as returned: statements stop until a new address is entered.")
    public static class ReturnedMail extends AccountAction {
        public ReturnedMail(AccountActions actions, Organizations organizations) {
            super(actions, organizations);
        }

        @Override
        public Integer call() {
            actions.returnedMail(organization(), account);
            return done("returned mail; no statements until a new address is entered");
        }
    }

    @Command(name = "update-address", mixinStandardHelpOptions = true,
            description = "Enter the account's new address; this clears returned mail.")
    public static class UpdateAddress extends AccountAction {
        @Option(names = "--line1", required = true, paramLabel = "TEXT", converter = Converters.Text100.class,
                description = "At most 100 characters.") String line1;
        @Option(names = "--line2", paramLabel = "TEXT", converter = Converters.Text100.class,
                description = "At most 100 characters.") String line2;
        @Option(names = "--city", paramLabel = "TEXT", converter = Converters.Text60.class,
                description = "At most 60 characters.") String city;
        @Option(names = "--region", paramLabel = "TEXT", converter = Converters.Text60.class,
                description = "At most 60 characters.") String region;
        @Option(names = "--postal-code", paramLabel = "TEXT", converter = Converters.Text20.class,
                description = "At most 20 characters.") String postalCode;

        public UpdateAddress(AccountActions actions, Organizations organizations) {
            super(actions, organizations);
        }

        @Override
        public Integer call() {
            actions.updateAddress(organization(), account, line1, line2, city, region, postalCode);
            return done("address updated");
        }
    }

    @Command(name = "billing-message", mixinStandardHelpOptions = true,
            description = "Set the billing message (at most 2 lines of 60 characters; printed once unless --recurring) "
                    + "and/or the override message from a file (at most 4 lines of 60; it replaces every other line), "
                    + "or --clear both.")
    public static class BillingMessage extends AccountAction {
        @Option(names = "--text", paramLabel = "TEXT", description = "The billing message; \\n separates its two lines.")
        String text;

        @Option(names = "--recurring", description = "Print the billing message on every statement, not once.")
        boolean recurring;

        @Option(names = "--override-file", paramLabel = "FILE", converter = Converters.InputFile.class,
                description = "A text file with the override message.")
        Path overrideFile;

        @Option(names = "--clear", description = "Remove the billing and the override message.")
        boolean clear;

        public BillingMessage(AccountActions actions, Organizations organizations) {
            super(actions, organizations);
        }

        @Override
        public Integer call() throws IOException {
            if (clear == (text != null || overrideFile != null)) {
                throw new UsageException("give --text and/or --override-file, or --clear alone");
            }
            if (clear) {
                actions.clearMessages(organization(), account);
                return done("messages cleared");
            }
            String override = null;
            if (overrideFile != null) {
                override = TextInput.read(overrideFile, "--override-file");
            }
            actions.setMessages(organization(), account, text == null ? null : text.replace("\\n", "\n"), recurring, override);
            return done("messages saved");
        }
    }
}
