package io.billcycle.collections;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import io.billcycle.ledger.WindowPayments;

/**
 * Evaluates a chunk of accounts in a fixed handful of statements: their ledger positions (one query per distinct
 * collections-days setting, so one in a run for one organization), the payments of every installment their plans
 * have due (one query), {@link CollectionRule} per account, then one statement that moves plans on and one that
 * appends the roster rows with their status changes.
 */
public class CollectionRosterWriter implements ItemWriter<RosterAccount> {

    /** Step counters: accounts whose status changed, and plans whose installments were met. */
    public static final String CHANGED = "status changes";
    public static final String PLANS_MOVED = "plans moved on";

    /** An account with its figures at D and what the rule decided. */
    record Evaluated(RosterAccount account, BigDecimal balance, BigDecimal pastDue, CollectionRule.Decision decision) {
    }

    private final LedgerMapper ledger;
    private final CollectionRosterMapper mapper;
    private final Map<Long, Map<String, CollectionTerms.Transfer>> transfers;
    private final BusinessRun run;
    private final StepExecution stepExecution;

    public CollectionRosterWriter(LedgerMapper ledger, CollectionRosterMapper mapper,
            Map<Long, Map<String, CollectionTerms.Transfer>> transfers, BusinessRun run, StepExecution stepExecution) {
        this.ledger = ledger;
        this.mapper = mapper;
        this.transfers = transfers;
        this.run = run;
        this.stepExecution = stepExecution;
    }

    @Override
    public void write(Chunk<? extends RosterAccount> chunk) {
        List<Evaluated> evaluated = evaluate(ledger, chunk.getItems(), transfers, run.businessDate());
        PlanProgressRows progress = PlanProgressRows.of(evaluated);
        if (!progress.isEmpty()) {
            StepCounters.add(stepExecution, PLANS_MOVED, mapper.advancePlans(progress));
        }
        RosterRows changes = RosterRows.of(evaluated);
        if (!changes.isEmpty()) {
            StepCounters.add(stepExecution, CHANGED, mapper.recordChanges(changes, run.businessDate(), run.jobExecutionId()));
        }
    }

    /** Every account of the batch with its decision, in the batch's order; the job and its preview both decide here. */
    static List<Evaluated> evaluate(LedgerMapper ledger, List<? extends RosterAccount> batch,
            Map<Long, Map<String, CollectionTerms.Transfer>> transfers, LocalDate date) {
        Map<Long, AccountPosition> positions = new LinkedHashMap<>();
        batch.stream().collect(Collectors.groupingBy(RosterAccount::daysPastDue, LinkedHashMap::new, Collectors.toList()))
                .forEach((days, accounts) -> ledger.positions(accounts.stream().map(RosterAccount::id).toArray(Long[]::new),
                        date, days, null).forEach(p -> positions.put(p.accountId(), p)));
        Map<Long, List<WindowPayments>> paid = installmentPayments(ledger, batch, date);
        List<Evaluated> evaluated = new ArrayList<>(batch.size());
        for (RosterAccount account : batch) {
            AccountPosition position = positions.get(account.id());
            CollectionTerms terms = new CollectionTerms(account.daysPastDue(), account.minBalance(), account.initialStatus(),
                    account.planStatus(), account.planFailedStatus(), account.nonDelinquentPlanStatus(),
                    account.nonDelinquentPlanFailedStatus(), transfers.getOrDefault(account.organizationId(), Map.of()));
            CollectionRule.Decision decision = CollectionRule.decide(account.account(), position.balance(),
                    position.pastDueBeyondGrace(), terms, account.plan(), paid.getOrDefault(account.id(), List.of()), date);
            evaluated.add(new Evaluated(account, position.balance(), position.pastDue(), decision));
        }
        return evaluated;
    }

    /** The payments of each plan's installments due before D, by account, in {@link Installments#due} order. */
    private static Map<Long, List<WindowPayments>> installmentPayments(LedgerMapper ledger,
            List<? extends RosterAccount> batch, LocalDate date) {
        List<Long> accounts = new ArrayList<>();
        List<LocalDate> after = new ArrayList<>();
        List<LocalDate> through = new ArrayList<>();
        for (RosterAccount account : batch) {
            if (account.planId() != null) {
                for (Installments.Window window : Installments.due(account.plan(), date)) {
                    accounts.add(account.id());
                    after.add(window.after());
                    through.add(window.dueOn());
                }
            }
        }
        if (accounts.isEmpty()) {
            return Map.of();
        }
        return ledger.payments(accounts.toArray(Long[]::new), after.toArray(LocalDate[]::new),
                through.toArray(LocalDate[]::new)).stream().collect(Collectors.groupingBy(WindowPayments::accountId,
                        LinkedHashMap::new, Collectors.mapping(Function.identity(), Collectors.toList())));
    }
}
