package io.billcycle.statements;

import java.time.LocalDate;

import io.billcycle.calendar.AnchoredMonths;
import io.billcycle.ledger.AccountActivity;
import io.billcycle.ledger.AccountPosition;

/**
 * Puts the statement rules together for one account at statement date D, from its ledger activity since its last
 * statement and its position at D:
 * <ul>
 * <li>an account with a zero balance and no entry since its last statement gets none: nothing to say;</li>
 * <li>otherwise the figures, the minimum due ({@link MinimumDue}), the new dunning level and why ({@link
 * DunningRule}), the message lines ({@link StatementMessages}) and the next statement date, the first
 * {@code first_statement_date.plusMonths(k)} after D (the first statement anchors the cycle).</li>
 * </ul>
 */
public final class StatementPlanner {

    private StatementPlanner() {
    }

    /** The statement, or null when there is nothing to say. */
    public static PlannedStatement plan(StatementAccount account, AccountActivity activity, AccountPosition position,
            DunningLevels levels, LocalDate date) {
        if (position.balance().signum() == 0 && activity.entries() == 0) {
            return null;
        }
        var minimumDue = MinimumDue.of(position.balance(), account.paymentPlanAmount(), account.minimumPayment());
        DunningRule.Previous previous = account.lastStatementDate() == null || account.previousMinimumDue() == null ? null
                : new DunningRule.Previous(account.lastStatementDate(), account.previousMinimumDue());
        DunningRule.Decision dunning = DunningRule.decide(account.dunningLevel(), levels.maxLevel(), position.pastDue(),
                previous, activity.payments());
        StatementMessages.Messages messages = StatementMessages.of(account.overrideMessage(), account.billingMessage(),
                account.billingMessageRecurring(), levels.message(dunning.level()));
        LocalDate anchor = account.firstStatementDate() != null ? account.firstStatementDate() : date;
        return new PlannedStatement(account, activity, position, minimumDue,
                MinimumDue.dueDate(date, account.paymentTermsDays()), dunning, messages,
                AnchoredMonths.firstAfter(anchor, date));
    }
}
