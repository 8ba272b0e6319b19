/**
 * Memberships: the {@code frozen-prepaid-expiry-report} job, which lists frozen prepaid members whose contract ends
 * soon so that staff can act before it concludes ({@link io.billcycle.memberships.ExpiryWindow} says which days).
 */
package io.billcycle.memberships;
