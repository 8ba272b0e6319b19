package io.billcycle.invoicing;

import java.time.LocalDate;

import io.billcycle.plans.BillingPeriod;

/** One invoice the planner decided to issue: the period it bills and when it is due. */
public record PlannedInvoice(BillingPeriod period, LocalDate dueDate) {
}
