package io.billcycle.statements;

import java.math.BigDecimal;

/**
 * The minimum a statement asks for: the balance when it is smaller, never below zero, else the account's payment-plan
 * amount when it has one, else the organization's minimum payment.
 */
public final class MinimumDue {

    private MinimumDue() {
    }

    /** @param paymentPlanAmount null when the account has no payment-plan amount */
    public static BigDecimal of(BigDecimal balance, BigDecimal paymentPlanAmount, BigDecimal organizationMinimum) {
        BigDecimal asked = paymentPlanAmount != null ? paymentPlanAmount : organizationMinimum;
        return balance.max(BigDecimal.ZERO).min(asked).setScale(2);
    }
}
