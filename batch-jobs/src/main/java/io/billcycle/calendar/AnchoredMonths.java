package io.billcycle.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A monthly cycle anchored on a date: its dates are {@code anchor.plusMonths(k)}, never a previous date plus a month. */
public final class AnchoredMonths {

    private AnchoredMonths() {
    }

    /**
     * The first {@code anchor.plusMonths(k)} after {@code date}, k at least 1. The search starts at the whole months
     * between the two, which never passes the answer (a month counts only once the anchor's day is reached), and
     * steps forward.
     */
    public static LocalDate firstAfter(LocalDate anchor, LocalDate date) {
        long k = Math.max(1, ChronoUnit.MONTHS.between(anchor, date));
        while (!anchor.plusMonths(k).isAfter(date)) {
            k++;
        }
        return anchor.plusMonths(k);
    }
}
