package io.billcycle.accounts;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.billcycle.batch.UsageException;
import io.billcycle.organizations.Organization;

/**
 * An account's story, oldest first: its invoices, every ledger entry (payments with their reference, adjustments and
 * finance charges with their reason), statements with their dunning reason, collection roster moves, payment plans
 * and how they ended, what operators did to it (who and when) and the freezes and thaws of the memberships it pays for.
 */
@Service
public class AccountHistory {

    private final AccountActions accounts;
    private final AccountHistoryMapper mapper;

    public AccountHistory(AccountActions accounts, AccountHistoryMapper mapper) {
        this.accounts = accounts;
        this.mapper = mapper;
    }

    /** The account's history from {@code from} to {@code to}, both included; null for no bound. */
    @Transactional(readOnly = true)
    public List<HistoryLine> of(Organization organization, String accountNumber, LocalDate from,
            LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new UsageException("--to " + to + " is before --from " + from);
        }
        return mapper.history(accounts.require(organization, accountNumber).id(), from, to);
    }
}
