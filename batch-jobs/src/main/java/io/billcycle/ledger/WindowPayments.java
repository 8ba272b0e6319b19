package io.billcycle.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * {@code payments(A, B]} of an account: the positive total of its PAYMENT entries dated after A and on or before B.
 *
 * @param lastPaidOn the latest of those payments' dates; null when there was none
 */
public record WindowPayments(long accountId, BigDecimal paid, LocalDate lastPaidOn) {
}
