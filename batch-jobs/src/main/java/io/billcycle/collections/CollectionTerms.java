package io.billcycle.collections;

import java.math.BigDecimal;
import java.util.Map;

/**
 * An organization's collections integration: when an account is delinquent, the five statuses the roster moves
 * accounts to, and every status's transfer (days to remain, next status).
 */
public record CollectionTerms(int daysPastDue, BigDecimal minBalance, String initialStatus, String planStatus,
        String planFailedStatus, String nonDelinquentPlanStatus, String nonDelinquentPlanFailedStatus,
        Map<String, Transfer> transfers) {

    /** Where an account in a status moves, and after how many days in it. */
    public record Transfer(int daysToRemain, String nextStatus) {
    }

    /** Delinquent at D: {@code past_due(D, days) > 0} and at least the minimum balance. */
    public boolean delinquent(BigDecimal pastDueBeyondDays) {
        return pastDueBeyondDays.signum() > 0 && pastDueBeyondDays.compareTo(minBalance) >= 0;
    }

    String planStatus(PaymentPlan.Kind kind) {
        return kind == PaymentPlan.Kind.DELINQUENT ? planStatus : nonDelinquentPlanStatus;
    }

    String planFailedStatus(PaymentPlan.Kind kind) {
        return kind == PaymentPlan.Kind.DELINQUENT ? planFailedStatus : nonDelinquentPlanFailedStatus;
    }
}
