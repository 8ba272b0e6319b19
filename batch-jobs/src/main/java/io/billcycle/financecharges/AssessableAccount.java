package io.billcycle.financecharges;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An account eligible for a finance charge at the run's date, with its organization's terms. Flat on purpose: a
 * nested result map makes MyBatis keep every row it has mapped for the whole result set (to join rows into
 * collections), so a streamed reader would hold the whole step in memory.
 */
public record AssessableAccount(long id, long organizationId, LocalDate origDate, BigDecimal annualRate,
        BigDecimal minimum, BigDecimal minBalance, int graceDays) {

    public FinanceChargeTerms terms() {
        return new FinanceChargeTerms(annualRate, minimum, minBalance, graceDays);
    }
}
