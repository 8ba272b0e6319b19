package io.billcycle.invoicing;

import java.time.LocalDate;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Applies {@link InvoicePlanner} at the run's business date; a plan with nothing due is filtered out. */
public class InvoicePlanProcessor implements ItemProcessor<DuePlan, PlanInvoicing> {

    private final LocalDate businessDate;

    public InvoicePlanProcessor(LocalDate businessDate) {
        this.businessDate = businessDate;
    }

    @Override
    public PlanInvoicing process(DuePlan plan) {
        return InvoicePlanner.plan(plan, businessDate);
    }
}
