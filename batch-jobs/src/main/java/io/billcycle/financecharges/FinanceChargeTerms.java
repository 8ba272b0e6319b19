package io.billcycle.financecharges;

import java.math.BigDecimal;

/**
 * An organization's finance charge settings.
 *
 * @param annualRate percent a year, e.g. 18.000
 * @param minimum    the smallest charge posted (e.g. 1.00)
 * @param minBalance the smallest base that is charged at all (e.g. 5.00)
 * @param graceDays  how many days past due a debit may be before it counts
 */
public record FinanceChargeTerms(BigDecimal annualRate, BigDecimal minimum, BigDecimal minBalance, int graceDays) {
}
