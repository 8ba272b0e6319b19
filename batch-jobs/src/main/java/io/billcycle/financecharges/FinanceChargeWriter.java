package io.billcycle.financecharges;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import io.billcycle.batch.BusinessRun;
import io.billcycle.batch.StepCounters;
import io.billcycle.ledger.AccountPosition;
import io.billcycle.ledger.LedgerMapper;

/**
 * Assesses a chunk of accounts in a fixed handful of statements: one ledger query for the whole chunk (one per
 * distinct grace period, so one in a run for one organization), {@link FinanceChargeRule} per account, and one
 * statement that posts every charge with its ledger entry and account dates. The rule needs the ledger, which is why
 * it runs here on the whole chunk rather than in a processor item by item.
 */
public class FinanceChargeWriter implements ItemWriter<AssessableAccount> {

    /** Step counter of charges posted; the run summary prints it. */
    public static final String CHARGED = "charged";

    private final LedgerMapper ledger;
    private final FinanceChargeMapper mapper;
    private final BusinessRun run;
    private final StepExecution stepExecution;

    public FinanceChargeWriter(LedgerMapper ledger, FinanceChargeMapper mapper, BusinessRun run, StepExecution stepExecution) {
        this.ledger = ledger;
        this.mapper = mapper;
        this.run = run;
        this.stepExecution = stepExecution;
    }

    @Override
    public void write(Chunk<? extends AssessableAccount> chunk) {
        Map<Integer, List<AssessableAccount>> byGrace = chunk.getItems().stream().collect(Collectors.groupingBy(
                a -> a.terms().graceDays(), LinkedHashMap::new, Collectors.toList()));
        List<FinanceChargeRows.Row> charged = new ArrayList<>();
        byGrace.forEach((grace, accounts) -> {
            Map<Long, AccountPosition> positions = ledger.positions(accounts.stream().map(AssessableAccount::id)
                    .toArray(Long[]::new), run.businessDate(), grace, null).stream()
                    .collect(Collectors.toMap(AccountPosition::accountId, Function.identity()));
            for (AssessableAccount account : accounts) {
                FinanceChargeRule.Assessment assessment = FinanceChargeRule.assess(account.terms(),
                        positions.get(account.id()).principalBeyondGrace(), account.origDate(), run.businessDate());
                if (assessment.charged()) {
                    charged.add(new FinanceChargeRows.Row(account, assessment));
                }
            }
        });
        if (!charged.isEmpty()) {
            StepCounters.add(stepExecution, CHARGED,
                    mapper.postCharges(FinanceChargeRows.of(charged), run.businessDate(), run.jobExecutionId()));
        }
    }
}
