package io.billcycle.plans;

import java.time.LocalDate;

/** How often a plan bills. Period k always starts at the anchor plus k steps, never by repeated addition. */
public enum Frequency {
    WEEKLY(7, 0),
    BIWEEKLY(14, 0),
    MONTHLY(0, 1),
    QUARTERLY(0, 3),
    YEARLY(0, 12);

    private final int days;
    private final int months;

    Frequency(int days, int months) {
        this.days = days;
        this.months = months;
    }

    /** Start of period {@code k}; month steps clamp to the month's end (Jan 31 + 1 month = Feb 28 or 29). */
    public LocalDate periodStart(LocalDate anchor, long k) {
        return months == 0 ? anchor.plusDays(days * k) : anchor.plusMonths(months * k);
    }

    /** A first guess at the index of the period starting on or after {@code date}; may be one too low. */
    long estimateIndex(LocalDate anchor, LocalDate date) {
        if (months == 0) {
            return Math.floorDiv(date.toEpochDay() - anchor.toEpochDay(), days);
        }
        long monthDiff = (date.getYear() * 12L + date.getMonthValue()) - (anchor.getYear() * 12L + anchor.getMonthValue());
        return Math.floorDiv(monthDiff, months);
    }
}
