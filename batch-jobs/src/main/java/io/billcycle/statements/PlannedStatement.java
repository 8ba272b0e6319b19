package io.billcycle.statements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.billcycle.ledger.AccountActivity;
import io.billcycle.ledger.AccountPosition;

/** A statement as the rules decided it, with the account's new level, messages and dates. */
public record PlannedStatement(StatementAccount account, AccountActivity activity, AccountPosition position,
        BigDecimal minimumDue, LocalDate dueDate, DunningRule.Decision dunning, StatementMessages.Messages messages, LocalDate nextDate) {

    public List<String> lines() {
        return messages.lines();
    }
}
