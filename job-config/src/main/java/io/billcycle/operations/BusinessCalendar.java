package io.billcycle.operations;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * "Today" when an operator gives no date: the current date in {@code billcycle.zone} (default UTC). Only the CLI asks;
 * rules always receive their date.
 */
@Component
public class BusinessCalendar {

    private final Clock clock;

    public BusinessCalendar(@Value("${billcycle.zone:UTC}") String zone) {
        this.clock = Clock.system(ZoneId.of(zone));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public LocalDate orToday(LocalDate date) {
        return date != null ? date : today();
    }
}
