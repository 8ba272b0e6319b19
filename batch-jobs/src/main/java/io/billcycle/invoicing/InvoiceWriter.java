package io.billcycle.invoicing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import io.billcycle.invoicing.InvoiceGenerationMapper.LockedPlan;
import io.billcycle.invoicing.InvoiceGenerationMapper.NumberBlock;

/**
 * Writes a chunk of plan decisions in the chunk's transaction, with a fixed handful of statements whatever the chunk
 * size: lock the plans, reserve invoice numbers per organization, insert invoices with their CHARGE entries, advance
 * the plans, record the parked ones. A crash anywhere rolls the whole chunk back, numbers included.
 */
public class InvoiceWriter implements ItemWriter<PlanInvoicing> {

    /** Step context key counting plans parked by the safety bound; the run summary prints it. */
    public static final String PARKED_KEY = "parked";

    private static final Logger log = LoggerFactory.getLogger(InvoiceWriter.class);

    private final InvoiceGenerationMapper mapper;
    private final LocalDate businessDate;
    private final StepExecution stepExecution;

    public InvoiceWriter(InvoiceGenerationMapper mapper, LocalDate businessDate, StepExecution stepExecution) {
        this.mapper = mapper;
        this.businessDate = businessDate;
        this.stepExecution = stepExecution;
    }

    @Override
    public void write(Chunk<? extends PlanInvoicing> chunk) {
        List<? extends PlanInvoicing> items = chunk.getItems();
        Map<Long, LockedPlan> current = mapper.lockPlans(items.stream().map(i -> i.plan().id()).toArray(Long[]::new))
                .stream().collect(Collectors.toMap(LockedPlan::id, Function.identity()));
        List<PlanInvoicing> billable = new ArrayList<>(items.size());
        List<PlanInvoicing> parked = new ArrayList<>();
        for (PlanInvoicing item : items) {
            LockedPlan now = current.get(item.plan().id());
            if (now == null || !"ACTIVE".equals(now.status()) || !now.nextPeriodStart().equals(item.plan().nextPeriodStart())) {
                log.warn("plan {} changed while it was being invoiced; left for the next run", item.plan().id());
            } else if (item.isParked()) {
                parked.add(item);
            } else {
                billable.add(item);
            }
        }
        writeInvoices(billable);
        writeParkings(parked);
    }

    private void writeInvoices(List<PlanInvoicing> billable) {
        if (billable.isEmpty()) {
            return;
        }
        Map<Long, Integer> perOrganization = new LinkedHashMap<>();
        billable.forEach(b -> perOrganization.merge(b.plan().organizationId(), b.invoices().size(), Integer::sum));
        Map<Long, long[]> nextNumber = new LinkedHashMap<>();
        Map<Long, String> prefixes = new LinkedHashMap<>();
        perOrganization.forEach((org, count) -> {
            NumberBlock block = mapper.reserveInvoiceNumbers(org, count);
            nextNumber.put(org, new long[] {block.lastNumber() - count + 1});
            prefixes.put(org, block.prefix());
        });
        List<InvoiceRows.Row> rows = new ArrayList<>();
        for (PlanInvoicing b : billable) {
            long org = b.plan().organizationId();
            for (PlannedInvoice invoice : b.invoices()) {
                rows.add(new InvoiceRows.Row(b.plan(), invoice, InvoiceNumbers.format(prefixes.get(org), nextNumber.get(org)[0]++)));
            }
        }
        int inserted = mapper.insertInvoicesWithCharges(InvoiceRows.of(rows), businessDate, stepExecution.getJobExecutionId());
        if (inserted != rows.size()) {
            log.warn("{} of {} invoices already existed and were left as they were", rows.size() - inserted, rows.size());
        }
        mapper.advancePlans(billable.stream().map(b -> b.plan().id()).toArray(Long[]::new),
                billable.stream().map(PlanInvoicing::nextPeriodStart).toArray(LocalDate[]::new));
    }

    private void writeParkings(List<PlanInvoicing> parked) {
        if (parked.isEmpty()) {
            return;
        }
        mapper.recordParkings(parked.stream().map(p -> p.plan().id()).toArray(Long[]::new),
                parked.stream().map(PlanInvoicing::parkedPeriods).toArray(Long[]::new), businessDate,
                stepExecution.getJobExecutionId());
        parked.forEach(p -> log.warn("plan {} parked: {} periods due, more than the organization allows in one run",
                p.plan().id(), p.parkedPeriods()));
        var context = stepExecution.getExecutionContext();
        context.putLong(PARKED_KEY, context.getLong(PARKED_KEY, 0L) + parked.size());
    }
}
