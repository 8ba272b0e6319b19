/**
 * The {@code finance-charge-assessment} job: a monthly finance charge on what an account has left past due beyond the
 * grace days. The rule is {@link io.billcycle.financecharges.FinanceChargeRule}; the wiring is
 * {@link io.billcycle.financecharges.FinanceChargeJobConfiguration}; the SQL is {@code FinanceChargeMapper.xml}.
 */
package io.billcycle.financecharges;
