package io.billcycle.financecharges;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.billcycle.ledger.AccountPosition;
import io.billcycle.ledger.LedgerMapper;

/**
 * Applies {@link FinanceChargeRule} to a batch of accounts: one ledger query for the whole batch (one per distinct
 * grace period, so one in a run for one organization), then the rule per account. The job's writer and its preview
 * both assess through here, so the preview shows exactly what the job would post.
 */
final class FinanceChargeAssessor {

    private FinanceChargeAssessor() {
    }

    /** Every account of {@code batch} with its assessment, charged or not, in the batch's order by grace period. */
    static List<FinanceChargeRows.Row> assess(LedgerMapper ledger, List<? extends AssessableAccount> batch, LocalDate date) {
        Map<Integer, List<AssessableAccount>> byGrace = batch.stream().collect(Collectors.groupingBy(
                a -> a.terms().graceDays(), LinkedHashMap::new, Collectors.toList()));
        List<FinanceChargeRows.Row> assessed = new ArrayList<>(batch.size());
        byGrace.forEach((grace, accounts) -> {
            Map<Long, AccountPosition> positions = ledger.positions(accounts.stream().map(AssessableAccount::id)
                    .toArray(Long[]::new), date, grace, null).stream()
                    .collect(Collectors.toMap(AccountPosition::accountId, Function.identity()));
            for (AssessableAccount account : accounts) {
                assessed.add(new FinanceChargeRows.Row(account, FinanceChargeRule.assess(account.terms(),
                        positions.get(account.id()).principalBeyondGrace(), account.origDate(), date)));
            }
        });
        return assessed;
    }
}
