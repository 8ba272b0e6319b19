package io.billcycle.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A chunk's draft invoices as parallel arrays, bound to one {@code unnest(...)} insert. */
public record InvoiceRows(Long[] planIds, Long[] organizationIds, Long[] accountIds, LocalDate[] periodStarts,
        LocalDate[] periodEnds, LocalDate[] dueDates, BigDecimal[] amounts) {

    /** One invoice of a plan. */
    record Row(DuePlan plan, PlannedInvoice invoice) {
    }

    static InvoiceRows of(List<Row> rows) {
        int n = rows.size();
        InvoiceRows r = new InvoiceRows(new Long[n], new Long[n], new Long[n], new LocalDate[n], new LocalDate[n],
                new LocalDate[n], new BigDecimal[n]);
        for (int i = 0; i < n; i++) {
            Row row = rows.get(i);
            r.planIds[i] = row.plan().id();
            r.organizationIds[i] = row.plan().organizationId();
            r.accountIds[i] = row.plan().accountId();
            r.periodStarts[i] = row.invoice().period().start();
            r.periodEnds[i] = row.invoice().period().end();
            r.dueDates[i] = row.invoice().dueDate();
            r.amounts[i] = row.plan().amount();
        }
        return r;
    }
}
