package io.billcycle.statements;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An account whose statement may be due at the run's date, with what its statement needs: the address it is mailed
 * to, its statement dates and level, its messages, the organization's minimum payment and payment terms, and the
 * minimum the previous statement asked for (null without one).
 */
public record StatementAccount(long id, long organizationId, String accountNumber, String name, String addressLine1,
        String addressLine2, String city, String region, String postalCode, LocalDate firstStatementDate,
        LocalDate lastStatementDate, int dunningLevel, BigDecimal paymentPlanAmount, BigDecimal minimumPayment,
        String billingMessage, boolean billingMessageRecurring, String overrideMessage, BigDecimal previousMinimumDue,
        int paymentTermsDays) {
}
