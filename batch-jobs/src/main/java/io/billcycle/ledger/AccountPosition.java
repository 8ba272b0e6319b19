package io.billcycle.ledger;

import java.math.BigDecimal;

/**
 * An account's ledger at a date D, from the entries dated on or before D.
 *
 * @param balance            debits less credits
 * @param pastDue            open amounts of debits due before D
 * @param pastDueBeyondGrace open amounts of debits more than the grace days past due ({@code D - due_date > g})
 * @param principalBeyondGrace the same, counting only principal debits (CHARGE and positive ADJUSTMENT, not
 *                           FINANCE_CHARGE): what a finance charge is assessed on. Credits are still allocated FIFO
 *                           across every debit, finance charges included.
 * @param agingCurrent       open amounts not past due (due on or after D)
 * @param aging1To30         open amounts 1 to 30 days past due
 * @param aging31To60        31 to 60 days
 * @param aging61To90        61 to 90 days
 * @param aging91Plus        91 days and more
 * @param unappliedCredit    credits beyond every debit (the balance is then negative)
 * @param payments           the positive total of PAYMENT entries in (A, D], A being the window's start
 */
public record AccountPosition(long accountId, BigDecimal balance, BigDecimal pastDue, BigDecimal pastDueBeyondGrace,
        BigDecimal principalBeyondGrace, BigDecimal agingCurrent, BigDecimal aging1To30, BigDecimal aging31To60, BigDecimal aging61To90,
        BigDecimal aging91Plus, BigDecimal unappliedCredit, BigDecimal payments) {

    /** Every open debit amount: the sum of the aging buckets. */
    public BigDecimal openDebits() {
        return agingCurrent.add(aging1To30).add(aging31To60).add(aging61To90).add(aging91Plus);
    }
}
