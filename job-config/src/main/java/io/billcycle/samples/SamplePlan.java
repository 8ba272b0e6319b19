package io.billcycle.samples;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.billcycle.plans.Frequency;
import io.billcycle.plans.PlanStatus;

/** One generated billing plan. */
record SamplePlan(String accountNumber, String subject, BigDecimal amount, Frequency frequency, LocalDate start,
        LocalDate end, int leadDays, LocalDate nextPeriodStart, PlanStatus status) {
}
