package io.billcycle.collections;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import io.billcycle.ledger.WindowPayments;

/**
 * How an account's collection status changes in a {@code collection-roster} run at business date D. Accounts of
 * organizations without collections, in billing groups that suppress collections, or with statements suspended are
 * never read. For the others, in this order:
 * <ol>
 * <li>an account whose status already changed on D keeps it (a rerun for D changes nothing);</li>
 * <li><b>paid off</b>: in collections and a balance of zero or less: it leaves collections (status and sticky flag
 * cleared) and its active plan is completed. An account with an active plan that owes nothing has its plan completed
 * too, in or out of collections: a plan is never defaulted for installments nobody owes;</li>
 * <li><b>active plan</b>: a non-delinquent plan on an account now delinquent defaults, and the account enters the
 * initial status. Otherwise the plan's installments due before D are checked oldest first ({@link Installments}): each
 * one met moves the plan on; the first one not met defaults the plan and moves the account, sticky, to the plan's
 * status for default or the failed status of its kind. A plan in good standing keeps (or puts) the account in the
 * plan status of its kind;</li>
 * <li><b>no active plan</b>: a sticky status stays until an operator changes it; an account in a status with a next
 * status moves one status on once it has been in it for the days to remain; an account not in collections enters the
 * initial status when it is delinquent.</li>
 * </ol>
 * Every decision says why, in words the roster file and the preview print.
 */
public final class CollectionRule {

    private CollectionRule() {
    }

    /** The reason codes of the roster. */
    public enum Reason { PAID_OFF, BECAME_DELINQUENT, PLAN_DEFAULTED, PLAN_ACTIVE, TRANSFERRED, ENTERED }

    /** The account as the run reads it: its status (null: not in collections), since when, and whether it is sticky. */
    public record Account(String status, LocalDate statusDate, boolean sticky) {
    }

    /** A plan that met installments: where it moves on to. */
    public record Progress(LocalDate nextPaymentDate, LocalDate lastPaymentDate, BigDecimal lastPaymentAmount) {
    }

    /**
     * What the run does to one account.
     *
     * @param reason     null when the account's status and its plan's status stay as they are
     * @param planStatus the plan's new status, or null when it stays
     * @param progress   the plan's installments met in this run, or null
     */
    public record Decision(Reason reason, String fromStatus, String toStatus, boolean sticky, String planStatus,
            Progress progress, String detail) {

        public boolean changesStatus() {
            return reason != null;
        }
    }

    /**
     * @param balance           balance(D)
     * @param pastDueBeyondDays {@code past_due(D, collections_days_past_due)}
     * @param plan              the account's active plan, or null
     * @param paid              the payments of each of {@code Installments.due(plan, D)}, in its order; empty without a plan
     */
    public static Decision decide(Account account, BigDecimal balance, BigDecimal pastDueBeyondDays, CollectionTerms terms,
            PaymentPlan plan, List<WindowPayments> paid, LocalDate date) {
        String from = account.status();
        if (date.equals(account.statusDate())) {
            return keep(account, null, "status already changed on " + date);
        }
        if ((from != null || plan != null) && balance.signum() <= 0) {
            return new Decision(Reason.PAID_OFF, from, null, false, plan != null ? "COMPLETED" : null, null,
                    "balance " + balance + (from != null ? ": paid off, leaves collections" : ": nothing owed")
                            + (plan != null ? "; plan " + plan.id() + " completed" : ""));
        }
        boolean delinquent = terms.delinquent(pastDueBeyondDays);
        String late = pastDueBeyondDays + " past due over " + terms.daysPastDue() + " days (minimum " + terms.minBalance() + ")";
        if (plan != null) {
            return withPlan(account, plan, terms, delinquent, late, paid, date);
        }
        if (account.sticky()) {
            return keep(account, null, "status " + from + " was reached by a plan default: it stays until an operator changes it");
        }
        if (from != null) {
            CollectionTerms.Transfer transfer = terms.transfers().get(from);
            if (transfer == null || account.statusDate() == null) {
                return keep(account, null, "status " + from + " has no transfer");
            }
            long days = ChronoUnit.DAYS.between(account.statusDate(), date);
            if (days < transfer.daysToRemain()) {
                return keep(account, null, "in " + from + " for " + days + " of " + transfer.daysToRemain() + " days");
            }
            return new Decision(Reason.TRANSFERRED, from, transfer.nextStatus(), false, null, null,
                    "in " + from + " since " + account.statusDate() + " (" + days + " days, " + transfer.daysToRemain()
                            + " to remain): " + from + " -> " + transfer.nextStatus());
        }
        if (delinquent) {
            return new Decision(Reason.ENTERED, null, terms.initialStatus(), false, null, null, late + ": enters collections");
        }
        return keep(account, null, "not delinquent: " + late);
    }

    private static Decision withPlan(Account account, PaymentPlan plan, CollectionTerms terms, boolean delinquent,
            String late, List<WindowPayments> paid, LocalDate date) {
        String from = account.status();
        if (plan.kind() == PaymentPlan.Kind.NON_DELINQUENT && delinquent) {
            return new Decision(Reason.BECAME_DELINQUENT, from, terms.initialStatus(), false, "DEFAULTED", null,
                    late + ": non-delinquent plan " + plan.id() + " defaulted, enters collections");
        }
        List<Installments.Window> windows = Installments.due(plan, date);
        Progress progress = null;
        for (int i = 0; i < windows.size(); i++) {
            Installments.Window window = windows.get(i);
            WindowPayments payments = paid.get(i);
            if (payments.paid().compareTo(plan.paymentAmount()) < 0) {
                String to = plan.statusForDefault() != null ? plan.statusForDefault() : terms.planFailedStatus(plan.kind());
                return new Decision(Reason.PLAN_DEFAULTED, from, to, true, "DEFAULTED", progress,
                        "installment of " + plan.paymentAmount() + " due " + window.dueOn() + " not met: "
                                + payments.paid() + " paid from " + window.after().plusDays(1) + "; plan " + plan.id()
                                + " defaulted");
            }
            progress = new Progress(window.dueOn().plusDays(plan.paymentDays()), payments.lastPaidOn(), payments.paid());
        }
        String target = terms.planStatus(plan.kind());
        LocalDate next = progress != null ? progress.nextPaymentDate() : plan.nextPaymentDate();
        String standing = "plan " + plan.id() + " in good standing" + (progress != null ? ", " + windows.size()
                + " installment(s) met" : "") + "; next installment of " + plan.paymentAmount() + " due " + next;
        if (Objects.equals(from, target) && !account.sticky()) {
            return keep(account, progress, standing);
        }
        return new Decision(Reason.PLAN_ACTIVE, from, target, false, null, progress, standing);
    }

    private static Decision keep(Account account, Progress progress, String why) {
        return new Decision(null, account.status(), account.status(), account.sticky(), null, progress, why);
    }
}
