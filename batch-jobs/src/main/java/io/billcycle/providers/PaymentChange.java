package io.billcycle.providers;

import java.time.OffsetDateTime;

/** One status change of a provider payment: when, who, which status machine, from, to, why. */
public record PaymentChange(OffsetDateTime changedAt, String changedBy, String machine, String fromStatus, String toStatus,
        String reason) {
}
