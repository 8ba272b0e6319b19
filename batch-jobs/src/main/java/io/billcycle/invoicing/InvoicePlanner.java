package io.billcycle.invoicing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.billcycle.plans.BillingSchedule;

/**
 * The invoicing rule. At business date D an active plan gets one invoice for every existing period whose start p
 * satisfies {@code next_period_start <= p <= D + lead_days}: missed runs are caught up, period by period. Each is due
 * {@code payment_terms_days} after its period starts. A plan with more such periods than the organization's
 * {@code max_catch_up_periods} gets none and is parked, left exactly as it is, for an operator to look at.
 */
public final class InvoicePlanner {

    private InvoicePlanner() {
    }

    /** The plan's invoicing at {@code businessDate}, or null when nothing is due. */
    public static PlanInvoicing plan(DuePlan plan, LocalDate businessDate) {
        BillingSchedule schedule = plan.schedule();
        long first = schedule.firstIndexOnOrAfter(plan.nextPeriodStart());
        long last = schedule.lastIndexOnOrBefore(businessDate.plusDays(plan.leadDays()));
        if (last < first) {
            return null;
        }
        long due = last - first + 1;
        if (due > plan.maxCatchUpPeriods()) {
            return PlanInvoicing.parked(plan, due);
        }
        List<PlannedInvoice> invoices = new ArrayList<>((int) due);
        for (long k = first; k <= last; k++) {
            var period = schedule.period(k);
            invoices.add(new PlannedInvoice(period, period.start().plusDays(plan.paymentTermsDays())));
        }
        return PlanInvoicing.issue(plan, invoices, schedule.periodStart(last + 1));
    }
}
