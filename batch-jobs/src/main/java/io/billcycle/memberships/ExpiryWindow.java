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
    /** The longest reach either way: ten years, far past any contract's notice and short of any date overflow. */
    public static final int MAX_DAYS = 3660;

    public static ExpiryWindow of(LocalDate date, int addDays, int windowDays) {
        if (addDays < 0 || windowDays < 0 || addDays > MAX_DAYS || windowDays > MAX_DAYS) {
            throw new IllegalArgumentException("add-days and window-days are 0 to " + MAX_DAYS);
        }
        LocalDate to = date.plusDays(addDays);
        return new ExpiryWindow(date, to.minusDays(windowDays), to);
    }
}
