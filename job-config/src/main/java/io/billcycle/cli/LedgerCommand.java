package io.billcycle.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import io.billcycle.batch.Actor;
import io.billcycle.operations.BusinessCalendar;
import io.billcycle.organizations.Organization;
import io.billcycle.organizations.Organizations;
import io.billcycle.payments.LedgerAdjustments;
import io.billcycle.payments.PaymentImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Verb(order = 220)
@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = "Money coming in and corrections: import payments from a bank file, post a signed adjustment.",
        subcommands = {LedgerCommand.ImportPayments.class, LedgerCommand.Adjust.class})
public class LedgerCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import-payments", mixinStandardHelpOptions = true,
            description = "Import payments from a CSV file with the columns account_number, payment_date, amount, "
                    + "reference, method (and organization without --org). The file is checked whole: one bad row "
                    + "rejects it, every problem listed. A payment whose reference was already imported is skipped, "
                    + "so a file imported twice adds nothing.")
    public static class ImportPayments implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "FILE", converter = Converters.InputFile.class, description = "The CSV file.")
        Path file;

        @Mixin OrgOption org;

        @Spec
        CommandSpec spec;

        private final PaymentImport payments;
        private final String actor;

        public ImportPayments(PaymentImport payments, Actor actor) {
            this.payments = payments;
            this.actor = actor.name();
        }

        @Override
        public Integer call() {
            PaymentImport.Result result = payments.importFile(file, org.code(), actor);
            spec.commandLine().getOut().printf("imported %d payment(s) totalling %s from %s; %d already imported, skipped%n",
                    result.imported(), result.total().toPlainString(), file.getFileName(), result.alreadyImported());
            return ExitCodes.OK;
        }
    }

    @Command(name = "adjust", mixinStandardHelpOptions = true,
            description = "Post a signed adjustment to an account's ledger: positive is a debit due on its date, "
                    + "negative a credit. The ledger is append-only: a wrong adjustment is corrected by another.")
    public static class Adjust implements Callable<Integer> {

        @Option(names = "--account", required = true, paramLabel = "NUMBER", description = "The account number.")
        String account;

        @Option(names = "--amount", required = true, paramLabel = "AMOUNT", description = "Signed amount, e.g. -12.50.")
        BigDecimal amount;

        @Option(names = "--date", paramLabel = "yyyy-MM-dd", description = "Entry date (default: today).")
        LocalDate date;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", converter = Converters.Reason.class,
                description = "Why, for the ledger (at most " + Converters.Reason.MAX + " characters).")
        String reason;

        @Mixin OrgOption org;

        @Spec
        CommandSpec spec;

        private final LedgerAdjustments adjustments;
        private final Organizations organizations;
        private final BusinessCalendar calendar;
        private final String actor;

        public Adjust(LedgerAdjustments adjustments, Organizations organizations, BusinessCalendar calendar,
                Actor actor) {
            this.adjustments = adjustments;
            this.organizations = organizations;
            this.calendar = calendar;
            this.actor = actor.name();
        }

        @Override
        public Integer call() {
            Organization organization = organizations.resolve(org.code());
            LocalDate entryDate = calendar.orTodayFor(date, organization);
            long entry = adjustments.adjust(organization, account, amount, entryDate, reason, actor);
            spec.commandLine().getOut().printf("adjustment %s posted to account %s on %s (ledger entry %d)%n",
                    amount.toPlainString(), account, entryDate, entry);
            return ExitCodes.OK;
        }
    }
}
