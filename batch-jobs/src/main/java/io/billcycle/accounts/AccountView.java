package io.billcycle.accounts;

import java.time.LocalDate;

/** An account as operators see it. */
public record AccountView(long id, String accountNumber, String name, String addressLine1, String addressLine2, String city,
        String region, String postalCode, boolean statementsSuspended, boolean returnedMail,
        LocalDate firstStatementDate, LocalDate lastStatementDate, LocalDate nextStatementDate, int dunningLevel,
        String billingMessage, boolean billingMessageRecurring, String overrideBillingMessage,
        LocalDate nextFinanceChargeDate, boolean waiveFinanceCharges) {
}
