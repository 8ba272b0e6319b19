package io.billcycle.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.billcycle.plans.BillingSchedule;
import io.billcycle.plans.Frequency;

/** An active plan with something possibly due, read with its organization's invoicing settings. */
public record DuePlan(long id, long organizationId, long accountId, BigDecimal amount, Frequency frequency,
        LocalDate startDate, LocalDate endDate, int leadDays, LocalDate nextPeriodStart, int paymentTermsDays,
        int maxCatchUpPeriods) {

    public BillingSchedule schedule() {
        return new BillingSchedule(startDate, endDate, frequency);
    }
}
