package io.billcycle.operations;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import io.billcycle.batch.BatchSettings;
import io.billcycle.organizations.Organization;
import io.billcycle.organizations.Organizations;

/**
 * "Today" when an operator gives no date: the current date in the organization's own time zone
 * ({@code organizations.time_zone}) for a command about one organization, else in {@code billcycle.zone} (default
 * UTC). Only the CLI asks; rules always receive their date.
 */
@Component
public class BusinessCalendar {

    private final Clock clock;
    private final Organizations organizations;

    public BusinessCalendar(BatchSettings settings, Organizations organizations) {
        this.clock = Clock.system(settings.zoneId());
        this.organizations = organizations;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** {@code date}, or today where organization {@code org} is (or in billcycle.zone when org is null). */
    public LocalDate orToday(LocalDate date, String org) {
        return date != null ? date : orTodayFor(null, org == null ? null : organizations.require(org));
    }

    /** {@code date}, or today where the organization, already resolved, is (in billcycle.zone when null). */
    public LocalDate orTodayFor(LocalDate date, Organization organization) {
        if (date != null) {
            return date;
        }
        return organization == null ? today() : LocalDate.now(clock.withZone(organization.timeZone()));
    }
}
