package io.billcycle.invoicing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import io.billcycle.batch.BusinessRun;
import io.billcycle.batch.StepCounters;

/**
 * Writes a chunk of plan decisions in the chunk's transaction, with a fixed handful of statements whatever the chunk
 * size: advance the plans, insert their invoices as drafts, record the parked plans. A crash anywhere rolls the whole
 * chunk back. Drafts get their numbers and CHARGE entries in the step after the partitions ({@code number-invoices}),
 * so that partitions running side by side never wait on a counter and the numbers never depend on the split.
 * <p>
 * Plans are advanced first, and only where they are still ACTIVE at the period start that was read: the update locks
 * them, so a plan an operator paused or changed since the read is skipped (and left for the next run) rather than
 * billed, without a separate locking round trip.
 */
public class InvoiceWriter implements ItemWriter<PlanInvoicing> {

    /** The step counter of plans parked by the safety bound (see {@link StepCounters}); the run summary prints it. */
    public static final String PARKED = "parked";

    private static final Logger log = LoggerFactory.getLogger(InvoiceWriter.class);

    private final InvoiceGenerationMapper mapper;
    private final BusinessRun run;
    private final StepExecution stepExecution;

    public InvoiceWriter(InvoiceGenerationMapper mapper, BusinessRun run, StepExecution stepExecution) {
        this.mapper = mapper;
        this.run = run;
        this.stepExecution = stepExecution;
    }

    @Override
    public void write(Chunk<? extends PlanInvoicing> chunk) {
        List<PlanInvoicing> billable = new ArrayList<>(chunk.size());
        List<PlanInvoicing> parked = new ArrayList<>();
        for (PlanInvoicing item : chunk) {
            (item.isParked() ? parked : billable).add(item);
        }
        writeInvoices(unchangedOnly(billable, advance(billable)));
        writeParkings(parked);
    }

    /** Moves each plan past its last invoiced period; returns the ids of the plans that were still as read. */
    private Set<Long> advance(List<PlanInvoicing> billable) {
        if (billable.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(mapper.advancePlans(ids(billable),
                billable.stream().map(b -> b.plan().nextPeriodStart()).toArray(LocalDate[]::new),
                billable.stream().map(PlanInvoicing::nextPeriodStart).toArray(LocalDate[]::new)));
    }

    private static List<PlanInvoicing> unchangedOnly(List<PlanInvoicing> items, Set<Long> unchanged) {
        List<PlanInvoicing> kept = new ArrayList<>(items.size());
        for (PlanInvoicing item : items) {
            if (unchanged.contains(item.plan().id())) {
                kept.add(item);
            } else {
                log.warn("plan {} changed while it was being invoiced; left for the next run", item.plan().id());
            }
        }
        return kept;
    }

    private void writeInvoices(List<PlanInvoicing> billable) {
        if (billable.isEmpty()) {
            return;
        }
        List<InvoiceRows.Row> rows = new ArrayList<>();
        for (PlanInvoicing b : billable) {
            for (PlannedInvoice invoice : b.invoices()) {
                rows.add(new InvoiceRows.Row(b.plan(), invoice));
            }
        }
        int inserted = mapper.insertDraftInvoices(InvoiceRows.of(rows), run.businessDate(), run.jobExecutionId());
        if (inserted != rows.size()) {
            log.warn("{} of {} invoices already existed and were left as they were", rows.size() - inserted, rows.size());
        }
    }

    private void writeParkings(List<PlanInvoicing> parked) {
        if (parked.isEmpty()) {
            return;
        }
        int recorded = mapper.recordParkings(ids(parked),
                parked.stream().map(p -> p.plan().nextPeriodStart()).toArray(LocalDate[]::new),
                parked.stream().map(PlanInvoicing::parkedPeriods).toArray(Long[]::new), run.businessDate(),
                run.jobExecutionId());
        // one line per plan would bury the progress of a big run; the summary counts them and 'plans list --parked-on' lists them
        parked.forEach(p -> log.debug("plan {} parked: {} periods due, more than the organization allows in one run",
                p.plan().id(), p.parkedPeriods()));
        StepCounters.add(stepExecution, PARKED, recorded);
    }

    private static Long[] ids(List<PlanInvoicing> items) {
        return items.stream().map(i -> i.plan().id()).toArray(Long[]::new);
    }
}
