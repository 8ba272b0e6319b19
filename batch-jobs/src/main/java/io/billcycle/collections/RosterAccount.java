package io.billcycle.collections;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An account the roster evaluates, flat as the streamed reader maps it (a nested result map would keep every row of
 * the cursor alive): its collection fields, its organization's integration and its active plan (planId null without
 * one).
 */
public record RosterAccount(long id, long organizationId, String accountNumber, String collectionStatus,
        LocalDate collectionStatusDate, boolean collectionStatusSticky, String collectorGroup, int daysPastDue,
        BigDecimal minBalance, String initialStatus, String planStatus, String planFailedStatus,
        String nonDelinquentPlanStatus, String nonDelinquentPlanFailedStatus, Long planId, String planKind,
        LocalDate planStartDate, BigDecimal planPaymentAmount, Integer planPaymentDays, LocalDate planNextPaymentDate,
        LocalDate planLastPaymentDate, BigDecimal planLastPaymentAmount, String planStatusForDefault) {

    CollectionRule.Account account() {
        return new CollectionRule.Account(collectionStatus, collectionStatusDate, collectionStatusSticky);
    }

    PaymentPlan plan() {
        return planId == null ? null : new PaymentPlan(planId, PaymentPlan.Kind.valueOf(planKind), planStartDate,
                planPaymentAmount, planPaymentDays, planNextPaymentDate, planLastPaymentDate, planLastPaymentAmount,
                planStatusForDefault);
    }
}
