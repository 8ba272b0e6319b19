package io.billcycle.statements.print;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One ledger entry of a statement's period, as printed: its date, kind, description, the invoice number or payment
 * reference it carries, and its amount (debits positive, credits negative).
 */
public record ActivityLine(long entryId, LocalDate entryDate, String kind, String description, String reference,
        BigDecimal amount) {

    /** How the kind reads on paper. */
    public String kindLabel() {
        return switch (kind) {
            case "CHARGE" -> "Charge";
            case "FINANCE_CHARGE" -> "Finance charge";
            case "PAYMENT" -> "Payment";
            case "ADJUSTMENT" -> "Adjustment";
            default -> kind;
        };
    }
}
