package io.billcycle.collections;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment plan as {@code payment-plans list} and {@code create} show it. */
public record PaymentPlanRow(long id, String accountNumber, String kind, String status, LocalDate startDate,
        BigDecimal paymentAmount, int paymentDays, LocalDate nextPaymentDate, LocalDate lastPaymentDate,
        BigDecimal lastPaymentAmount, String statusForDefault, boolean autopay, String statusReason) {
}
