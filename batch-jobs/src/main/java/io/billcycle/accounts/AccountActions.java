package io.billcycle.accounts;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.billcycle.batch.Actor;
import io.billcycle.batch.UsageException;
import io.billcycle.organizations.Organization;
import io.billcycle.statements.StatementMessages;
import io.billcycle.text.MessageLines;

/**
 * The operator actions on an account's statements. Each checks its input first and is one update: a refused action
 * changes nothing.
 */
@Service
public class AccountActions {

    static final int BILLING_MESSAGE_LINES = 2;

    private final AccountMapper mapper;
    /** Who acts: {@code billcycle.actor}, else the operating-system user; recorded with every action. */
    private final String actor;

    public AccountActions(AccountMapper mapper, Actor actor) {
        this.mapper = mapper;
        this.actor = actor.name();
    }

    /** The action's line in the account's history, in the action's transaction. */
    private void record(long accountId, String action, String detail) {
        mapper.recordAction(accountId, action, detail == null ? null : firstLine(detail), actor);
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 297) + "..." : line;
    }

    public AccountView require(Organization organization, String accountNumber) {
        AccountView account = mapper.find(organization.id(), accountNumber);
        if (account == null) {
            throw new UsageException("--account: no account '" + accountNumber + "' in organization " + organization.code());
        }
        return account;
    }

    /** Statements stop, and with them dunning advancement. */
    @Transactional
    public void suspendStatements(Organization organization, String accountNumber) {
        long id = require(organization, accountNumber).id();
        mapper.suspendStatements(id);
        record(id, "STATEMENTS_SUSPENDED", null);
    }

    /**
     * Statements resume: with {@code restartCycle} the cycle starts over (level 0, statement dates cleared, the next
     * statement on {@code today}); otherwise dunning goes on from the last level.
     */
    @Transactional
    public void unsuspendStatements(Organization organization, String accountNumber, boolean restartCycle, LocalDate today) {
        long id = require(organization, accountNumber).id();
        if (restartCycle) {
            mapper.unsuspendRestartCycle(id, today);
            record(id, "STATEMENTS_RESTARTED", "the cycle starts over; next statement " + today);
        } else {
            mapper.unsuspendContinue(id);
            record(id, "STATEMENTS_RESUMED", "dunning goes on from the last level");
        }
    }

    /** Statements stop until a new address is entered. */
    @Transactional
    public void returnedMail(Organization organization, String accountNumber) {
        long id = require(organization, accountNumber).id();
        mapper.setReturnedMail(id);
        record(id, "RETURNED_MAIL", null);
    }

    /** The new address, which clears returned mail. */
    @Transactional
    public void updateAddress(Organization organization, String accountNumber, String line1, String line2, String city,
            String region, String postalCode) {
        if (line1 == null || line1.isBlank()) {
            throw new UsageException("--line1 must not be empty: a statement needs somewhere to go");
        }
        long id = require(organization, accountNumber).id();
        mapper.updateAddress(id, line1.strip(), blankToNull(line2), blankToNull(city), blankToNull(region),
                blankToNull(postalCode));
        record(id, "ADDRESS_UPDATED", java.util.stream.Stream.of(line1, line2, city, region, postalCode)
                .filter(part -> part != null && !part.isBlank()).map(String::strip)
                .collect(java.util.stream.Collectors.joining(", ")));
    }

    /** Sets the billing message (and whether it recurs) and/or the override message; each checked before anything. */
    @Transactional
    public void setMessages(Organization organization, String accountNumber, String billingMessage, boolean recurring,
            String overrideMessage) {
        check("--text", billingMessage, BILLING_MESSAGE_LINES);
        check("--override-file", overrideMessage, StatementMessages.MAX_LINES);
        long id = require(organization, accountNumber).id();
        if (billingMessage != null) {
            mapper.setBillingMessage(id, billingMessage.strip(), recurring);
            record(id, "BILLING_MESSAGE_SET", (recurring ? "recurring: " : "once: ") + billingMessage);
        }
        if (overrideMessage != null) {
            mapper.setOverrideMessage(id, overrideMessage.strip());
            record(id, "OVERRIDE_MESSAGE_SET", overrideMessage);
        }
    }

    @Transactional
    public void clearMessages(Organization organization, String accountNumber) {
        long id = require(organization, accountNumber).id();
        mapper.clearMessages(id);
        record(id, "MESSAGES_CLEARED", null);
    }

    private static void check(String option, String text, int maxLines) {
        if (text == null) {
            return;
        }
        if (text.isBlank()) {
            throw new UsageException(option + " is empty; use --clear to remove a message");
        }
        List<String> problems = MessageLines.problems(text, maxLines);
        if (!problems.isEmpty()) {
            throw new UsageException(option + " " + String.join("; ", problems) + "; nothing saved");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
