package io.billcycle.accounts;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One of an account's last statements, with why its dunning level is what it is. */
public record StatementLine(LocalDate statementDate, BigDecimal balance, BigDecimal minimumDue,
        int dunningLevel, String dunningReason) {
}
