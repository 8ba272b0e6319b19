package io.billcycle.ledger;

import java.math.BigDecimal;

/**
 * What happened on an account's ledger in a period (A, D]: the balance at A and the period's entries by kind.
 *
 * @param previousBalance balance(A); 0 when the period starts at the beginning
 * @param adjustments     signed: debits and credits that are neither charges nor payments
 * @param payments        the positive total of PAYMENT entries
 * @param entries         how many entries the period holds
 */
public record AccountActivity(long accountId, BigDecimal previousBalance, BigDecimal charges, BigDecimal financeCharges,
        BigDecimal adjustments, BigDecimal payments, long entries) {
}
