package io.billcycle.invoicing;

import java.time.LocalDate;
import java.util.List;

/**
 * What invoicing does to one plan on a business date: issue {@code invoices} and move the plan's next period start
 * to {@code nextPeriodStart}, or, when more periods are due than the organization allows in one run, nothing at all
 * ({@code parkedPeriods} says how many were due).
 */
public record PlanInvoicing(DuePlan plan, List<PlannedInvoice> invoices, LocalDate nextPeriodStart, long parkedPeriods) {

    static PlanInvoicing issue(DuePlan plan, List<PlannedInvoice> invoices, LocalDate nextPeriodStart) {
        return new PlanInvoicing(plan, List.copyOf(invoices), nextPeriodStart, 0);
    }

    static PlanInvoicing parked(DuePlan plan, long periodsDue) {
        return new PlanInvoicing(plan, List.of(), plan.nextPeriodStart(), periodsDue);
    }

    public boolean isParked() {
        return parkedPeriods > 0;
    }
}
