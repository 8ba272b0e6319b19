package io.billcycle.memberships;

import static io.billcycle.export.CsvCells.amount;
import static io.billcycle.export.CsvCells.date;

import java.util.List;
import java.util.function.Consumer;

import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.stereotype.Component;

import io.billcycle.batch.BusinessRun;
import io.billcycle.preview.JobPreview;

/**
 * What {@code freeze-expiry} would do: the job's own query of the freezes ending on the date and {@link ThawRule}, one
 * row per contract it would thaw, with the extension, the fee and why, including a fee it could not invoice.
 */
@Component
public class FreezeExpiryPreview implements JobPreview {

    private static final int BATCH = 1000;
    private static final List<String> HEADER = List.of("organization", "contract_id", "thaw_date", "freeze_start",
            "enrollments", "days_frozen", "fee_months", "fee", "invoice_number", "reason");

    private final SqlSessionTemplate sessions;

    public FreezeExpiryPreview(SqlSessionTemplate sessions) {
        this.sessions = sessions;
    }

    @Override
    public String jobName() {
        return FreezeExpiryJobConfiguration.JOB_NAME;
    }

    @Override
    public List<String> header() {
        return HEADER;
    }

    @Override
    public void rows(BusinessRun run, Consumer<List<String>> rows) {
        JobPreview.<ExpiredFreeze>inBatches(sessions, FreezeExpiryMapper.SELECT_EXPIRED, run.sqlParameters(), BATCH,
                batch -> batch.forEach(f -> rows.accept(row(run, f))));
    }

    private static List<String> row(BusinessRun run, ExpiredFreeze f) {
        ThawRule.Thaw thaw = ThawRule.of(List.of(f.earliestStart()), f.endDate(),
                new ThawRule.Fee(f.feePerEnrollment(), f.feePerContract()), f.enrollments());
        boolean invoiced = thaw.fee().signum() > 0 && f.holderAccountId() != null;
        String fee = thaw.fee().signum() == 0 ? "no freeze fee"
                : invoiced ? "fee " + amount(thaw.fee()) + " for " + thaw.months() + " month(s), invoiced to the holder"
                : "fee " + amount(thaw.fee()) + " NOT invoiced: the holder has no billing account; invoice it by hand";
        return List.of(run.org(), Long.toString(f.contractId()), date(f.endDate()), date(f.earliestStart()),
                Integer.toString(f.enrollments()), Long.toString(thaw.days()), Long.toString(thaw.months()),
                amount(thaw.fee()), invoiced ? f.invoiceNumber() : "",
                "the freeze ends on " + date(f.endDate()) + ": thawed after " + thaw.days() + " day(s) frozen; the contract "
                        + "and every enrollee extended by " + thaw.days() + " day(s); " + fee);
    }
}
