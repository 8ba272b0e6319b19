/**
 * Memberships: freeze and thaw by staff ({@link io.billcycle.memberships.MembershipActions}, the rule in {@link
 * io.billcycle.memberships.ThawRule}); the {@code freeze-expiry} job, which thaws freezes on their end date, with its
 * preview; and the {@code frozen-prepaid-expiry-report} job, which lists frozen prepaid members whose contract ends
 * soon so that staff can act before it concludes ({@link io.billcycle.memberships.ExpiryWindow} says which days).
 */
package io.billcycle.memberships;
