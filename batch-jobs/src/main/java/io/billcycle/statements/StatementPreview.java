package io.billcycle.statements;

import static io.billcycle.export.CsvCells.amount;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.stereotype.Component;

import io.billcycle.batch.BusinessRun;
import io.billcycle.ledger.LedgerMapper;
import io.billcycle.preview.JobPreview;

/**
 * What {@code statement-cycle} would do: the same due-account query and the same planning as the job's writer, one row
 * per statement with its level change and why.
 */
@Component
public class StatementPreview implements JobPreview {

    private static final int BATCH = 1000;
    private static final List<String> HEADER = List.of("organization", "account_number", "balance", "past_due",
            "minimum_due", "dunning_level_from", "dunning_level_to", "message_lines", "reason");

    private final SqlSessionTemplate sessions;
    private final LedgerMapper ledger;
    private final StatementMapper mapper;

    public StatementPreview(SqlSessionTemplate sessions, LedgerMapper ledger, StatementMapper mapper) {
        this.sessions = sessions;
        this.ledger = ledger;
        this.mapper = mapper;
    }

    @Override
    public String jobName() {
        return StatementJobConfiguration.JOB_NAME;
    }

    @Override
    public List<String> header() {
        return HEADER;
    }

    @Override
    public void rows(BusinessRun run, Consumer<List<String>> rows) {
        Map<Long, DunningLevels> levels = StatementJobConfiguration.dunningLevels(mapper, run);
        JobPreview.<StatementAccount>inBatches(sessions, StatementMapper.SELECT_DUE_ACCOUNTS, run.sqlParameters(), BATCH,
                batch -> emit(run, batch, levels, rows));
    }

    private void emit(BusinessRun run, List<StatementAccount> batch, Map<Long, DunningLevels> levels,
            Consumer<List<String>> rows) {
        for (PlannedStatement s : StatementWriter.plan(ledger, batch, levels, run)) {
            rows.accept(List.of(run.org(), s.account().accountNumber(), amount(s.position().balance()),
                    amount(s.position().pastDue()), amount(s.minimumDue()), Integer.toString(s.account().dunningLevel()),
                    Integer.toString(s.dunning().level()), String.join(" / ", s.lines()), s.dunning().reason()));
        }
    }
}
