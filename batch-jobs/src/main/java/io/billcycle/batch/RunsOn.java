package io.billcycle.batch;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Predicate;

/**
 * On which business dates the daily cycle runs a job. Jobs that decide per account (statements when an account's
 * statement is due, finance charges when its next charge date comes) run every day and let their reader pick the
 * accounts; a job tied to the calendar says so here.
 */
public enum RunsOn implements Predicate<LocalDate> {

    EVERY_DAY("every business date") {
        @Override
        public boolean test(LocalDate date) {
            return true;
        }
    },
    LAST_DAY_OF_MONTH("the last day of each month") {
        @Override
        public boolean test(LocalDate date) {
            return date.equals(YearMonth.from(date).atEndOfMonth());
        }
    };

    private final String description;

    RunsOn(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
