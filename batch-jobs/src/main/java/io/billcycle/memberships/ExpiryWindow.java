package io.billcycle.memberships;

import java.time.LocalDate;

/**
 * The days the report looks at, from business date D: {@code dateTo = D + addDays}, {@code dateFrom = dateTo -
 * windowDays}, both whole days (a contract ending at 23:59 on dateTo is in). With the defaults (10 and 7), a weekly
 * report sees the contracts ending 3 to 10 days ahead.
 */
public record ExpiryWindow(LocalDate date, LocalDate from, LocalDate to) {

    public static final int DEFAULT_ADD_DAYS = 10;
    public static final int DEFAULT_WINDOW_DAYS = 7;

    public static ExpiryWindow of(LocalDate date, int addDays, int windowDays) {
        if (addDays < 0 || windowDays < 0) {
            throw new IllegalArgumentException("add-days and window-days are not negative");
        }
        LocalDate to = date.plusDays(addDays);
        return new ExpiryWindow(date, to.minusDays(windowDays), to);
    }
}
