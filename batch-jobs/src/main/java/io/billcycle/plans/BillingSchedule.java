package io.billcycle.plans;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The periods of a plan, anchored on its start date: period k starts at {@code frequency.periodStart(start, k)} and
 * ends the day before period k+1 starts. A period starting after the end date does not exist. Pure arithmetic, no
 * clock and no database.
 */
public final class BillingSchedule {

    private final LocalDate start;
    private final LocalDate end;
    private final Frequency frequency;

    public BillingSchedule(LocalDate start, LocalDate end, Frequency frequency) {
        this.start = Objects.requireNonNull(start, "start");
        this.frequency = Objects.requireNonNull(frequency, "frequency");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("end date " + end + " is before start date " + start);
        }
        this.end = end;
    }

    public LocalDate periodStart(long k) {
        if (k < 0) {
            throw new IllegalArgumentException("period index must not be negative: " + k);
        }
        return frequency.periodStart(start, k);
    }

    public BillingPeriod period(long k) {
        return new BillingPeriod(k, periodStart(k), periodStart(k + 1).minusDays(1));
    }

    /** Whether period k exists: it starts on or before the end date, when there is one. */
    public boolean exists(long k) {
        return end == null || !periodStart(k).isAfter(end);
    }

    /** The index of the first period that starts on or after {@code date} (0 when the date is before the start). */
    public long firstIndexOnOrAfter(LocalDate date) {
        if (!date.isAfter(start)) {
            return 0;
        }
        long k = Math.max(0, frequency.estimateIndex(start, date));
        while (periodStart(k).isBefore(date)) {
            k++;
        }
        while (k > 0 && !periodStart(k - 1).isBefore(date)) {
            k--;
        }
        return k;
    }

    /**
     * The index of the last existing period that starts on or before {@code date}, or -1 when none does.
     */
    public long lastIndexOnOrBefore(LocalDate date) {
        LocalDate limit = end != null && end.isBefore(date) ? end : date;
        if (limit.isBefore(start)) {
            return -1;
        }
        return firstIndexOnOrAfter(limit.plusDays(1)) - 1;
    }
}
