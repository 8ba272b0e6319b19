package io.billcycle.financecharges;

import static io.billcycle.export.CsvCells.amount;
import static io.billcycle.export.CsvCells.date;

import java.util.List;
import java.util.function.Consumer;

import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.stereotype.Component;

import io.billcycle.batch.BusinessRun;
import io.billcycle.ledger.LedgerMapper;
import io.billcycle.preview.JobPreview;

/**
 * What {@code finance-charge-assessment} would do: the same eligible-account query, the same ledger positions per
 * batch of accounts and {@link FinanceChargeRule}, one row per account assessed, with the reason whether it is charged
 * or not.
 */
@Component
public class FinanceChargePreview implements JobPreview {

    private static final int BATCH = 1000;
    private static final List<String> HEADER = List.of("organization", "account_id", "base_amount", "charge",
            "next_finance_charge_date", "reason");

    private final SqlSessionTemplate sessions;
    private final LedgerMapper ledger;

    public FinanceChargePreview(SqlSessionTemplate sessions, LedgerMapper ledger) {
        this.sessions = sessions;
        this.ledger = ledger;
    }

    @Override
    public String jobName() {
        return FinanceChargeJobConfiguration.JOB_NAME;
    }

    @Override
    public List<String> header() {
        return HEADER;
    }

    @Override
    public void rows(BusinessRun run, Consumer<List<String>> rows) {
        JobPreview.<AssessableAccount>inBatches(sessions, FinanceChargeMapper.SELECT_ASSESSABLE_ACCOUNTS, run.sqlParameters(),
                BATCH, batch -> assess(run, batch, rows));
    }

    private void assess(BusinessRun run, List<AssessableAccount> batch, Consumer<List<String>> rows) {
        for (FinanceChargeRows.Row row : FinanceChargeAssessor.assess(ledger, batch, run.businessDate())) {
            FinanceChargeRule.Assessment a = row.assessment();
            rows.accept(List.of(run.org(), Long.toString(row.account().id()), amount(a.base()),
                    a.charged() ? amount(a.charge()) : "", a.charged() ? date(a.nextDate()) : "", a.reason()));
        }
    }
}
