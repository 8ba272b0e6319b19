package io.billcycle.statements;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One statement as the print shop receives it. */
public record StatementPrintRow(String organization, String accountNumber, String accountName, String addressLine1,
        String addressLine2, String city, String region, String postalCode, LocalDate statementDate,
        BigDecimal previousBalance, BigDecimal charges, BigDecimal financeCharges, BigDecimal adjustments,
        BigDecimal payments, BigDecimal balance, BigDecimal minimumDue, BigDecimal pastDue, BigDecimal agingCurrent,
        BigDecimal aging1To30, BigDecimal aging31To60, BigDecimal aging61To90, BigDecimal aging91Plus, int dunningLevel,
        String messageLines, String dunningReason) {
}
