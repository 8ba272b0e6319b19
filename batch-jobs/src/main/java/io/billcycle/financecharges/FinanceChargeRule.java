package io.billcycle.financecharges;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import io.billcycle.calendar.AnchoredMonths;

/**
 * The finance charge rule, for an account that is eligible at business date D (its organization charges, its class
 * assesses, it is not waived, its next finance charge date is empty or on or before D):
 * <ul>
 * <li>the base is what is left past due beyond the grace days of its principal debits (charges and positive
 * adjustments; never of finance charges), after credits were allocated FIFO across every debit;</li>
 * <li>a base above zero and at least the minimum balance is charged
 * {@code max(minimum, round(base * rate / 100 / 12))}, rounded once to cents half up;</li>
 * <li>a charge posts on D, the cycle's anchor is set on the first charge, and the next charge date is the first
 * {@code anchor.plusMonths(k)} after D, so a cycle that starts on the 31st comes back to the 31st;</li>
 * <li>anything else, or a charge that comes to 0.00, changes nothing.</li>
 * </ul>
 */
public final class FinanceChargeRule {

    private static final BigDecimal MONTHS_TIMES_PERCENT = new BigDecimal("1200");

    private FinanceChargeRule() {
    }

    /** What the rule decides for one account, and why, in words a person reads. */
    public record Assessment(BigDecimal base, BigDecimal charge, LocalDate origDate, LocalDate nextDate, String reason) {

        public boolean charged() {
            return charge != null;
        }
    }

    public static Assessment assess(FinanceChargeTerms terms, BigDecimal base, LocalDate origDate, LocalDate date) {
        if (base.signum() <= 0) {
            return none(base, "nothing past due beyond " + terms.graceDays() + " grace days");
        }
        if (base.compareTo(terms.minBalance()) < 0) {
            return none(base, "base " + base + " is under the minimum balance " + terms.minBalance());
        }
        BigDecimal interest = base.multiply(terms.annualRate()).divide(MONTHS_TIMES_PERCENT, 2, RoundingMode.HALF_UP);
        BigDecimal charge = interest.max(terms.minimum()).setScale(2, RoundingMode.HALF_UP);
        if (charge.signum() <= 0) {
            return none(base, "the charge comes to 0.00");
        }
        LocalDate anchor = origDate != null ? origDate : date;
        String how = base + " x " + terms.annualRate().stripTrailingZeros().toPlainString() + "% / 12 = " + interest
                + (charge.compareTo(interest) > 0 ? ", raised to the minimum " + terms.minimum() : "");
        return new Assessment(base, charge, anchor, AnchoredMonths.firstAfter(anchor, date),
                "base " + base + " past due over " + terms.graceDays() + " days: " + how);
    }

    private static Assessment none(BigDecimal base, String reason) {
        return new Assessment(base, null, null, null, "no charge: " + reason);
    }
}
