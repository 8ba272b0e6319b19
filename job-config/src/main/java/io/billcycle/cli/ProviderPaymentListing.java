package io.billcycle.cli;

import static io.billcycle.export.CsvCells.amount;
import static io.billcycle.export.CsvCells.date;
import static io.billcycle.export.CsvCells.number;
import static io.billcycle.export.CsvCells.text;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import io.billcycle.providers.ListedPayment;

/** A tab of provider payments as operators read it, or as CSV for finance (cells guarded against formulas). */
final class ProviderPaymentListing {

    private static final String[] HEADER = {"payment_id", "kind", "adjusts_payment_id", "provider_id", "provider_name",
            "service_period", "amount", "submission_status", "payment_status", "hold_reason", "authorized_on",
            "exported_on", "export_batch_id"};

    private ProviderPaymentListing() {
    }

    static void print(PrintWriter out, List<ListedPayment> rows, String tab, String period, boolean csv) {
        if (csv) {
            csv(out, rows);
            return;
        }
        Table.Rows table = new Table.Rows();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (ListedPayment p : rows) {
            table.add(p.id(), p.kind(), orDash(p.adjustsPaymentId()), p.providerName(), p.servicePeriod(), p.amount(),
                    p.submissionStatus(), p.paymentStatus(), orDash(p.authorizedOn()), orDash(p.exportedOn()),
                    orDash(p.exportBatchId()), p.holdReason() == null ? "" : p.holdReason());
            total = total.add(p.amount());
        }
        Table.print(out, List.of(Table.right("id", 10), Table.left("kind", 10), Table.right("adjusts", 10),
                Table.left("provider", 30), Table.left("period", 7), Table.right("amount", 12), Table.left("submission", 16),
                Table.left("payment", 10), Table.left("authorized", 10), Table.left("exported", 10), Table.right("batch", 8),
                Table.left("hold reason", 0)), table.list());
        out.printf("tab %s, %s: %d payment(s), total %s%n", tab, period, rows.size(), total);
    }

    private static void csv(PrintWriter out, List<ListedPayment> rows) {
        try {
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get());
            printer.printRecord((Object[]) HEADER);
            for (ListedPayment p : rows) {
                printer.printRecord(number(p.id()), p.kind(), number(p.adjustsPaymentId()), number(p.providerId()),
                        text(p.providerName()), p.servicePeriod(), amount(p.amount()), p.submissionStatus(),
                        p.paymentStatus(), text(p.holdReason()), date(p.authorizedOn()), date(p.exportedOn()),
                        number(p.exportBatchId()));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }
}
