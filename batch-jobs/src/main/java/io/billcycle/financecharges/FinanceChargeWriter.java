package io.billcycle.financecharges;

import java.util.List;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import io.billcycle.batch.BusinessRun;
import io.billcycle.batch.StepCounters;
import io.billcycle.ledger.LedgerMapper;

/**
 * Assesses a chunk of accounts in a fixed handful of statements: the chunk's ledger positions and the rule
 * ({@link FinanceChargeAssessor}), then one statement that posts every charge with its ledger entry and account dates.
 * The rule needs the ledger, which is why it runs here on the whole chunk rather than in a processor item by item.
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
        List<FinanceChargeRows.Row> charged = FinanceChargeAssessor.assess(ledger, chunk.getItems(), run.businessDate())
                .stream().filter(row -> row.assessment().charged()).toList();
        if (!charged.isEmpty()) {
            StepCounters.add(stepExecution, CHARGED,
                    mapper.postCharges(FinanceChargeRows.of(charged), run.businessDate(), run.jobExecutionId()));
        }
    }
}
