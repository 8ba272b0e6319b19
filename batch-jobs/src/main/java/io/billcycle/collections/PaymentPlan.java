package io.billcycle.collections;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An active payment plan as the roster checks it.
 *
 * @param statusForDefault the collection status a default moves the account to; null for the organization's failed
 *                         status of the plan's kind
 */
public record PaymentPlan(long id, Kind kind, LocalDate startDate, BigDecimal paymentAmount, int paymentDays,
        LocalDate nextPaymentDate, LocalDate lastPaymentDate, BigDecimal lastPaymentAmount, String statusForDefault) {

    /** {@code DELINQUENT}: made for an account already in collections. */
    public enum Kind { DELINQUENT, NON_DELINQUENT }
}
