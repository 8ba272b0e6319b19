package io.billcycle.providers;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One paid provider payment as finance's file prints it. */
public record ProviderExportRow(long exportBatchId, long paymentId, String kind, Long adjustsPaymentId, long providerId,
        String providerName, String servicePeriod, BigDecimal amount, LocalDate authorizedOn, LocalDate exportedOn) {
}
