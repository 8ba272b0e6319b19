package io.billcycle.collections;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An active plan whose next installment is due on or before {@code until}, with what has been paid towards it by
 * {@code date} (the installment's window up to {@code date}) and the shortfall.
 */
public record PlanAtRisk(long id, String accountNumber, String accountName, String collectionStatus, LocalDate nextPaymentDate,
        BigDecimal paymentAmount, BigDecimal paid, BigDecimal shortfall) {
}
