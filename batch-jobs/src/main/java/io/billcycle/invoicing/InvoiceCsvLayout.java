package io.billcycle.invoicing;

import static io.billcycle.export.CsvCells.date;
import static io.billcycle.export.CsvCells.number;
import static io.billcycle.export.CsvCells.text;

import java.util.List;

import io.billcycle.export.CsvCells;
import io.billcycle.export.CsvLayout;

/** The invoice export's columns, in the order finance imports them. */
public final class InvoiceCsvLayout implements CsvLayout<InvoiceExportRow> {

    private static final List<String> HEADER = List.of("invoice_number", "organization", "account_number",
            "account_name", "subject", "billing_plan_id", "period_start", "period_end", "issue_date", "due_date",
            "amount", "currency");

    @Override
    public List<String> header() {
        return HEADER;
    }

    @Override
    public List<String> cells(InvoiceExportRow row) {
        return List.of(text(row.invoiceNumber()), text(row.organization()), text(row.accountNumber()),
                text(row.accountName()), text(row.subject()), number(row.billingPlanId()), date(row.periodStart()),
                date(row.periodEnd()), date(row.issueDate()), date(row.dueDate()), CsvCells.amount(row.amount()),
                text(row.currency()));
    }
}
