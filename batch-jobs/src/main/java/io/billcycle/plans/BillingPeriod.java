package io.billcycle.plans;

import java.time.LocalDate;

/** Period {@code index} of a plan, from {@code start} to {@code end} inclusive. */
public record BillingPeriod(long index, LocalDate start, LocalDate end) {
}
