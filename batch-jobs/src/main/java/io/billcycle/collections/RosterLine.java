package io.billcycle.collections;

import java.time.LocalDate;

/** An account's latest roster rows, newest first. */
public record RosterLine(LocalDate runDate, String fromStatus, String toStatus, String reason, String detail) {
}
