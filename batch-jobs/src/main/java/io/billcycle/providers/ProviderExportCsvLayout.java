package io.billcycle.providers;

import static io.billcycle.export.CsvCells.amount;
import static io.billcycle.export.CsvCells.date;
import static io.billcycle.export.CsvCells.number;
import static io.billcycle.export.CsvCells.text;

import java.util.List;

import io.billcycle.export.CsvLayout;

/** Finance's file of a batch: the columns interfaces.md fixes, in its order; a provider's name never runs as a formula. */
public final class ProviderExportCsvLayout implements CsvLayout<ProviderExportRow> {

    private static final List<String> HEADER = List.of("export_batch_id", "payment_id", "kind", "adjusts_payment_id",
            "provider_id", "provider_name", "service_period", "amount", "authorized_on", "exported_on");

    @Override
    public List<String> header() {
        return HEADER;
    }

    @Override
    public List<String> cells(ProviderExportRow r) {
        return List.of(Long.toString(r.exportBatchId()), Long.toString(r.paymentId()), r.kind(), number(r.adjustsPaymentId()),
                Long.toString(r.providerId()), text(r.providerName()), r.servicePeriod(), amount(r.amount()),
                date(r.authorizedOn()), date(r.exportedOn()));
    }
}
