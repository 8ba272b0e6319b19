package io.billcycle.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.billcycle.plans.Frequency;

class InvoicePlannerTest {

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static DuePlan plan(Frequency frequency, String start, String end, int leadDays, String next, int terms, int maxCatchUp) {
        return new DuePlan(7, 1, 2, new BigDecimal("50.00"), frequency, d(start), end == null ? null : d(end), leadDays,
                d(next), terms, maxCatchUp);
    }

    static String starts(PlanInvoicing decision) {
        return decision == null ? "none"
                : decision.invoices().stream().map(i -> i.period().start().toString()).reduce((a, b) -> a + " " + b).orElse("");
    }

    @ParameterizedTest(name = "{0} from {1} (next {2}, lead {3}) at {4}: {5}, then {6}")
    @CsvSource(delimiter = '|', value = {
            // nothing due yet
            "MONTHLY  | 2024-01-31 | 2024-01-31 | 0  | 2024-01-30 | none | ",
            // due on the start date itself
            "MONTHLY  | 2024-01-31 | 2024-01-31 | 0  | 2024-01-31 | 2024-01-31 | 2024-02-29",
            // catch-up across a leap February, back to the 31st
            "MONTHLY  | 2024-01-31 | 2024-01-31 | 0  | 2024-04-29 | 2024-01-31 2024-02-29 2024-03-31 | 2024-04-30",
            "MONTHLY  | 2024-01-31 | 2024-01-31 | 0  | 2024-04-30 | 2024-01-31 2024-02-29 2024-03-31 2024-04-30 | 2024-05-31",
            // lead days: the boundary is D + lead inclusive
            "MONTHLY  | 2024-01-01 | 2024-02-01 | 5  | 2024-01-26 | none | ",
            "MONTHLY  | 2024-01-01 | 2024-02-01 | 5  | 2024-01-27 | 2024-02-01 | 2024-03-01",
            "MONTHLY  | 2024-01-01 | 2024-02-01 | 60 | 2023-12-31 | 2024-02-01 | 2024-03-01",   // D + 60 = Feb 29
            "MONTHLY  | 2024-01-01 | 2024-02-01 | 60 | 2024-01-01 | 2024-02-01 2024-03-01 | 2024-04-01",  // D + 60 = Mar 1
            "MONTHLY  | 2024-01-01 | 2024-02-01 | 60 | 2024-01-31 | 2024-02-01 2024-03-01 | 2024-04-01",
            "WEEKLY   | 2024-02-26 | 2024-02-26 | 0  | 2024-03-11 | 2024-02-26 2024-03-04 2024-03-11 | 2024-03-18",
            "BIWEEKLY | 2023-12-25 | 2023-12-25 | 0  | 2024-01-21 | 2023-12-25 2024-01-08 | 2024-01-22",
            "QUARTERLY| 2023-11-30 | 2024-02-29 | 0  | 2024-06-01 | 2024-02-29 2024-05-30 | 2024-08-30",
            "YEARLY   | 2024-02-29 | 2024-02-29 | 0  | 2025-02-28 | 2024-02-29 2025-02-28 | 2026-02-28"})
    void billsEveryPeriodFromNextStartThroughTheHorizon(Frequency frequency, String start, String next, int lead,
            String businessDate, String expected, String nextAfter) {
        PlanInvoicing decision = InvoicePlanner.plan(plan(frequency, start, null, lead, next, 0, 12), d(businessDate));
        assertThat(starts(decision)).isEqualTo(expected);
        if (decision != null) {
            assertThat(decision.nextPeriodStart()).isEqualTo(d(nextAfter));
            assertThat(decision.isParked()).isFalse();
        }
    }

    @Test
    void periodsAfterTheEndDateDoNotExist() {
        DuePlan ended = plan(Frequency.MONTHLY, "2024-01-15", "2024-03-15", 0, "2024-01-15", 0, 12);
        PlanInvoicing decision = InvoicePlanner.plan(ended, d("2024-12-31"));
        assertThat(starts(decision)).isEqualTo("2024-01-15 2024-02-15 2024-03-15");
        // no proration: the last period is billed in full, to its natural end
        assertThat(decision.invoices().get(2).period().end()).isEqualTo(d("2024-04-14"));
        DuePlan endsMidPeriod = plan(Frequency.MONTHLY, "2024-01-15", "2024-03-14", 0, "2024-03-15", 0, 12);
        assertThat(InvoicePlanner.plan(endsMidPeriod, d("2024-12-31"))).isNull();
    }

    @Test
    void dueDateIsThePeriodStartPlusPaymentTerms() {
        PlanInvoicing decision = InvoicePlanner.plan(plan(Frequency.MONTHLY, "2024-01-31", null, 0, "2024-01-31", 30, 12),
                d("2024-02-29"));
        assertThat(decision.invoices()).extracting(PlannedInvoice::dueDate).containsExactly(d("2024-03-01"), d("2024-03-30"));
        PlanInvoicing noTerms = InvoicePlanner.plan(plan(Frequency.MONTHLY, "2024-01-31", null, 0, "2024-01-31", 0, 12),
                d("2024-01-31"));
        assertThat(noTerms.invoices().get(0).dueDate()).isEqualTo(d("2024-01-31"));
    }

    @Test
    void theSafetyBoundParksAPlanWithMoreThanTheMaximumDue() {
        // exactly the maximum: billed
        PlanInvoicing twelve = InvoicePlanner.plan(plan(Frequency.MONTHLY, "2023-01-01", null, 0, "2023-01-01", 0, 12),
                d("2023-12-31"));
        assertThat(twelve.invoices()).hasSize(12);
        assertThat(twelve.isParked()).isFalse();
        // one more: parked, nothing billed, next period start untouched
        PlanInvoicing thirteen = InvoicePlanner.plan(plan(Frequency.MONTHLY, "2023-01-01", null, 0, "2023-01-01", 0, 12),
                d("2024-01-01"));
        assertThat(thirteen.isParked()).isTrue();
        assertThat(thirteen.parkedPeriods()).isEqualTo(13);
        assertThat(thirteen.invoices()).isEmpty();
        assertThat(thirteen.nextPeriodStart()).isEqualTo(d("2023-01-01"));
        // a bound of 1 parks anything behind
        assertThat(InvoicePlanner.plan(plan(Frequency.WEEKLY, "2024-01-01", null, 0, "2024-01-01", 0, 1), d("2024-01-08"))
                .parkedPeriods()).isEqualTo(2);
        // years behind on a weekly plan: counted exactly, not capped
        assertThat(InvoicePlanner.plan(plan(Frequency.WEEKLY, "2020-01-06", null, 0, "2020-01-06", 0, 12), d("2024-01-07"))
                .parkedPeriods()).isEqualTo(209);
    }

    @Test
    void aNextPeriodStartOffTheScheduleContinuesWithTheNextRealPeriod() {
        PlanInvoicing decision = InvoicePlanner.plan(plan(Frequency.MONTHLY, "2024-01-31", null, 0, "2024-03-05", 0, 12),
                d("2024-04-30"));
        assertThat(starts(decision)).isEqualTo("2024-03-31 2024-04-30");
    }
}
