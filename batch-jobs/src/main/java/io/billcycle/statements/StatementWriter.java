package io.billcycle.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import io.billcycle.batch.BusinessRun;
import io.billcycle.batch.StepCounters;
import io.billcycle.ledger.AccountActivity;
import io.billcycle.ledger.AccountPosition;
import io.billcycle.ledger.LedgerMapper;

/**
 * Writes a chunk of statements in a fixed handful of statements: the chunk's ledger activity since each account's
 * last statement and its position at D (two set-based queries), {@link StatementPlanner} per account, and one
 * statement that inserts the statements and moves their accounts on. The rules need the ledger, which is why they
 * run here on the whole chunk rather than in a processor item by item.
 */
public class StatementWriter implements ItemWriter<StatementAccount> {

    /** Step counters: statements written, and accounts with nothing to say. */
    public static final String STATEMENTS = "statements";
    public static final String NOTHING_TO_SAY = "nothing to say";

    private final LedgerMapper ledger;
    private final StatementMapper mapper;
    private final Map<Long, DunningLevels> levels;
    private final BusinessRun run;
    private final StepExecution stepExecution;

    public StatementWriter(LedgerMapper ledger, StatementMapper mapper, Map<Long, DunningLevels> levels, BusinessRun run,
            StepExecution stepExecution) {
        this.ledger = ledger;
        this.mapper = mapper;
        this.levels = levels;
        this.run = run;
        this.stepExecution = stepExecution;
    }

    @Override
    public void write(Chunk<? extends StatementAccount> chunk) {
        List<PlannedStatement> statements = plan(ledger, chunk.getItems(), levels, run);
        StepCounters.add(stepExecution, NOTHING_TO_SAY, chunk.size() - statements.size());
        if (!statements.isEmpty()) {
            StepCounters.add(stepExecution, STATEMENTS,
                    mapper.insertStatements(StatementRows.of(statements), run.businessDate(), run.jobExecutionId()));
        }
    }

    /** The statements of a batch of accounts; the job and its preview both plan through here. */
    static List<PlannedStatement> plan(LedgerMapper ledger, List<? extends StatementAccount> accounts,
            Map<Long, DunningLevels> levels, BusinessRun run) {
        if (accounts.isEmpty()) {
            return List.of();
        }
        Long[] ids = accounts.stream().map(StatementAccount::id).toArray(Long[]::new);
        Map<Long, AccountActivity> activity = ledger.activity(ids,
                accounts.stream().map(StatementAccount::lastStatementDate).toArray(java.time.LocalDate[]::new),
                run.businessDate()).stream().collect(Collectors.toMap(AccountActivity::accountId, Function.identity()));
        Map<Long, AccountPosition> positions = ledger.positions(ids, run.businessDate(), 0, null).stream()
                .collect(Collectors.toMap(AccountPosition::accountId, Function.identity()));
        List<PlannedStatement> statements = new ArrayList<>(accounts.size());
        for (StatementAccount account : accounts) {
            PlannedStatement statement = StatementPlanner.plan(account, activity.get(account.id()),
                    positions.get(account.id()), levels.getOrDefault(account.organizationId(), DunningLevels.NONE),
                    run.businessDate());
            if (statement != null) {
                statements.add(statement);
            }
        }
        return statements;
    }
}
