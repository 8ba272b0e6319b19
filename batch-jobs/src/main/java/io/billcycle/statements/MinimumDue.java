package io.billcycle.statements;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The minimum a statement asks for: the balance when it is smaller, never below zero, else the account's payment-plan
 * amount when it has one, else the organization's minimum payment; and the date it is due.
 */
public final class MinimumDue {

    private MinimumDue() {
    }

    /** @param paymentPlanAmount null when the account has no payment-plan amount */
    public static BigDecimal of(BigDecimal balance, BigDecimal paymentPlanAmount, BigDecimal organizationMinimum) {
        BigDecimal asked = paymentPlanAmount != null ? paymentPlanAmount : organizationMinimum;
        return balance.max(BigDecimal.ZERO).min(asked).setScale(2);
    }

    /**
     * When the minimum is due: after the organization's payment terms, counted from the statement date, as an
     * invoice's due date is counted from its issue date. With terms of 0 days it is due on the statement date.
     */
    public static LocalDate dueDate(LocalDate statementDate, int paymentTermsDays) {
        return statementDate.plusDays(paymentTermsDays);
    }
}
