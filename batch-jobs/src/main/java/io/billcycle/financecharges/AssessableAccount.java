package io.billcycle.financecharges;

import java.time.LocalDate;

/** An account eligible for a finance charge at the run's date, with its organization's terms. */
public record AssessableAccount(long id, long organizationId, LocalDate origDate, FinanceChargeTerms terms) {
}
