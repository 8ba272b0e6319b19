package io.billcycle.providers;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One payment of a tab's listing. */
public record ListedPayment(long id, String kind, Long adjustsPaymentId, long providerId, String providerName, String servicePeriod,
        BigDecimal amount, String submissionStatus, String paymentStatus, String holdReason, LocalDate authorizedOn,
        LocalDate exportedOn, Long exportBatchId) {
}
