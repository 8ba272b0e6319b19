package io.billcycle.providers;

import static io.billcycle.export.CsvCells.amount;
import static io.billcycle.export.CsvCells.date;
import static io.billcycle.export.CsvCells.number;
import static io.billcycle.export.CsvCells.text;

import java.util.List;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import io.billcycle.batch.BusinessRun;
import io.billcycle.batch.UsageException;
import io.billcycle.organizations.Organizations;
import io.billcycle.preview.JobPreview;

/**
 * What {@code provider-payment-export} would do for a service period: every payment of the period with whether it
 * would be paid in the new batch (AUTHORIZED) or left as it is, and why.
 */
@Component
public class ProviderPaymentExportPreview implements JobPreview {

    private static final List<String> HEADER = List.of("organization", "payment_id", "kind", "adjusts_payment_id",
            "provider_id", "provider_name", "service_period", "amount", "action", "reason");

    private final ProviderPaymentMapper payments;
    private final Organizations organizations;

    public ProviderPaymentExportPreview(ProviderPaymentMapper payments, Organizations organizations) {
        this.payments = payments;
        this.organizations = organizations;
    }

    @Override
    public String jobName() {
        return ProviderPaymentExportJobConfiguration.JOB_NAME;
    }

    @Override
    public List<String> header() {
        return HEADER;
    }

    @Override
    public void rows(BusinessRun run, Consumer<List<String>> rows) {
        String period = run.option(ProviderPaymentExportJobConfiguration.PERIOD);
        if (period == null) {
            throw new UsageException("preview " + jobName() + " needs --period: the service period to export");
        }
        for (ListedPayment p : payments.list(organizations.require(run.org()).id(), "all", period)) {
            boolean paid = p.paymentStatus().equals("AUTHORIZED");
            rows.accept(List.of(run.org(), Long.toString(p.id()), p.kind(), number(p.adjustsPaymentId()),
                    Long.toString(p.providerId()), text(p.providerName()), p.servicePeriod(), amount(p.amount()),
                    paid ? "PAY" : "LEAVE", paid ? "authorized on " + date(p.authorizedOn()) + ": PAID in the new batch, exported on " + run.businessDate()
                            : "payment is " + p.paymentStatus() + (p.holdReason() != null ? " (" + p.holdReason() + ")" : "")
                                    + ": left as it is"));
        }
    }
}
