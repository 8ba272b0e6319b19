package io.billcycle.organizations;

import java.time.ZoneId;

/**
 * An organization as runs see it.
 *
 * @param timeZone where the organization's day begins and ends: "today" for a run of this organization alone
 */
public record Organization(long id, String code, String currency, ZoneId timeZone) {
}
