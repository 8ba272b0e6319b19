package io.billcycle.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One issued invoice as finance receives it. */
public record InvoiceExportRow(String invoiceNumber, String organization, String accountNumber, String accountName,
        String subject, long billingPlanId, LocalDate periodStart, LocalDate periodEnd, LocalDate issueDate,
        LocalDate dueDate, BigDecimal amount, String currency) {
}
