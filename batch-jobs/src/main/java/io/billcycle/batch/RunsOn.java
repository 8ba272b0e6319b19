package io.billcycle.batch;

import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * On which business dates the daily cycle runs a job. Jobs that decide per account (statements when an account's
 * statement is due, finance charges when its next charge date comes) run every day and let their reader pick the
 * accounts. A job tied to the calendar (a month-end report) would add its own value here.
 */
public enum RunsOn implements Predicate<LocalDate> {

    EVERY_DAY("every business date") {
        @Override
        public boolean test(LocalDate date) {
            return true;
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
