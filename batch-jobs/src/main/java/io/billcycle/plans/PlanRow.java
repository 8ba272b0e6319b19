package io.billcycle.plans;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A billing plan as operators see and act on it. */
public record PlanRow(long id, long organizationId, String organizationCode, String accountNumber, String subject,
        BigDecimal amount, Frequency frequency, LocalDate startDate, LocalDate endDate, int leadDays,
        LocalDate nextPeriodStart, PlanStatus status) {

    public BillingSchedule schedule() {
        return new BillingSchedule(startDate, endDate, frequency);
    }
}
