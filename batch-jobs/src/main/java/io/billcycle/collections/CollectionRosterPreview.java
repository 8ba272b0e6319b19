package io.billcycle.collections;

import static io.billcycle.export.CsvCells.amount;
import static io.billcycle.export.CsvCells.date;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.stereotype.Component;

import io.billcycle.batch.BusinessRun;
import io.billcycle.ledger.LedgerMapper;
import io.billcycle.preview.JobPreview;

/**
 * What {@code collection-roster} would do: the same account query and the same evaluation as the job's writer, one row
 * per account whose status or plan would change, with why. Accounts the run would leave as they are are not listed.
 */
@Component
public class CollectionRosterPreview implements JobPreview {

    private static final int BATCH = 1000;
    private static final List<String> HEADER = List.of("organization", "account_number", "from_status", "to_status",
            "reason", "payment_plan_id", "plan_status", "next_payment_date", "balance", "past_due", "detail");

    private final SqlSessionTemplate sessions;
    private final LedgerMapper ledger;
    private final CollectionRosterMapper mapper;

    public CollectionRosterPreview(SqlSessionTemplate sessions, LedgerMapper ledger, CollectionRosterMapper mapper) {
        this.sessions = sessions;
        this.ledger = ledger;
        this.mapper = mapper;
    }

    @Override
    public String jobName() {
        return CollectionRosterJobConfiguration.JOB_NAME;
    }

    @Override
    public List<String> header() {
        return HEADER;
    }

    @Override
    public void rows(BusinessRun run, Consumer<List<String>> rows) {
        Map<Long, Map<String, CollectionTerms.Transfer>> transfers = CollectionRosterJobConfiguration.transfers(mapper, run);
        JobPreview.<RosterAccount>inBatches(sessions, CollectionRosterMapper.SELECT_ACCOUNTS, run.sqlParameters(), BATCH,
                batch -> {
                    for (CollectionRosterWriter.Evaluated e : CollectionRosterWriter.evaluate(ledger, batch, transfers,
                            run.businessDate())) {
                        CollectionRule.Decision d = e.decision();
                        if (d.changesStatus() || d.progress() != null) {
                            rows.accept(List.of(run.org(), e.account().accountNumber(), nullToEmpty(d.fromStatus()),
                                    nullToEmpty(d.toStatus()), d.reason() == null ? "" : d.reason().name(),
                                    e.account().planId() == null ? "" : e.account().planId().toString(),
                                    nullToEmpty(d.planStatus()),
                                    d.progress() == null ? "" : date(d.progress().nextPaymentDate()),
                                    amount(e.balance()), amount(e.pastDue()), d.detail()));
                        }
                    }
                });
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
