package io.billcycle.accounts;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;

import io.billcycle.collections.AccountCollections;
import io.billcycle.collections.PaymentPlanMapper;
import io.billcycle.collections.RosterLine;
import io.billcycle.ledger.AccountPosition;
import io.billcycle.ledger.LedgerMapper;
import io.billcycle.organizations.Organization;

/**
 * What {@code accounts show} tells about an account, gathered from the features that own each part: its settings,
 * its balance and aging as of a date, its last statements with their dunning reasons, and its place in collections
 * with the last roster changes.
 */
@Service
public class AccountOverview {

    /** How many of the last statements and roster rows are shown. */
    static final int LAST = 6;

    private final AccountActions actions;
    private final AccountMapper accounts;
    private final LedgerMapper ledger;
    private final PaymentPlanMapper collections;

    public AccountOverview(AccountActions actions, AccountMapper accounts, LedgerMapper ledger,
            PaymentPlanMapper collections) {
        this.actions = actions;
        this.accounts = accounts;
        this.ledger = ledger;
        this.collections = collections;
    }

    public record Overview(AccountView account, LocalDate asOf, AccountPosition position, List<StatementLine> statements,
            AccountCollections collections, List<RosterLine> roster) {
    }

    /** The account's overview as of {@code asOf}; an unknown account is a usage error. */
    public Overview of(Organization organization, String accountNumber, LocalDate asOf) {
        AccountView account = actions.require(organization, accountNumber);
        AccountPosition position = ledger.positions(new Long[] {account.id()}, asOf, 0, null).get(0);
        return new Overview(account, asOf, position, accounts.lastStatements(account.id(), LAST),
                collections.accountCollections(account.id()), collections.lastRosterRows(account.id(), LAST));
    }
}
