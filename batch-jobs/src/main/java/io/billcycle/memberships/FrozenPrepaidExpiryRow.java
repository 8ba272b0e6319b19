package io.billcycle.memberships;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One frozen prepaid enrollment whose contract ends in the window, with the report's columns. */
public record FrozenPrepaidExpiryRow(String fullName, long customerId, LocalDate enrollmentCalculatedEndDate,
        LocalDateTime contractEndDateLocal, String planName, String planParentFullTitle, String facilityShortName,
        LocalDate freezeStartDate) {
}
