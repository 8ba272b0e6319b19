package io.billcycle.accounts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One event: its day, what it was, what it refers to (an invoice number, a payment's reference, a plan), its
 * amount if it has one, the reason billcycle recorded, and who or which job did it.
 */
public record HistoryLine(LocalDate date, String what, String reference, BigDecimal amount, String detail, String by) {
}
