package io.billcycle.collections;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One roster row as the collectors' file prints it. */
public record RosterExportRow(String organization, LocalDate runDate, String accountNumber, String accountName,
        String fromStatus, String toStatus, String reason, BigDecimal balance, BigDecimal pastDue, String collectorGroup,
        String detail) {
}
