package io.billcycle.providers;

import java.math.BigDecimal;

/**
 * An action's effect on each payment, as parallel arrays bound to one statement.
 *
 * @param amounts     the authorized amount, or null to keep the amount
 * @param holdReasons the reason of a hold, or null to keep the reason (cleared anyway when the payment leaves HOLD)
 * @param reasons     what the history records as the reason of the change
 */
public record TransitionRows(Long[] ids, String[] submissions, String[] payments, BigDecimal[] amounts,
        String[] holdReasons, String[] reasons) {
}
