package io.billcycle.financecharges;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One posted finance charge as finance receives it. */
public record FinanceChargeExportRow(String organization, String accountNumber, String accountName, LocalDate entryDate,
        BigDecimal baseAmount, BigDecimal charge, LocalDate nextFinanceChargeDate) {
}
