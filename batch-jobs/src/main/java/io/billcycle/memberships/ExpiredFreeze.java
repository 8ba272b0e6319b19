package io.billcycle.memberships;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The freezes of one contract that end on the same day, read as one row so that a chunk never splits a thaw: the
 * earliest start among them (the longest freeze decides the extension), how many enrollments they freeze, the
 * smallest freeze id (the thaw's business key) and what the fee needs.
 */
public record ExpiredFreeze(long contractId, long organizationId, LocalDate endDate, LocalDate earliestStart, int enrollments,
        long firstFreezeId, BigDecimal feePerEnrollment, BigDecimal feePerContract, Long holderAccountId) {

    String invoiceNumber() {
        return ThawRule.invoiceNumber(contractId, firstFreezeId);
    }
}
