package io.billcycle.memberships;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import io.billcycle.batch.BusinessRun;
import io.billcycle.batch.StepCounters;

/**
 * Thaws a chunk of expired freezes in one statement: {@link ThawRule} decides each contract's extension and fee (the
 * thaw date is the freezes' end date), then {@link FreezeExpiryMapper#thaw} closes the freezes, invoices the fees once,
 * and extends the contracts and every enrollee.
 */
public class FreezeExpiryWriter implements ItemWriter<ExpiredFreeze> {

    /** Step counters: freezes thawed, and fees that could not be invoiced (the holder has no billing account). */
    public static final String THAWED = "freezes thawed";
    public static final String NO_ACCOUNT = "fees without an account";

    private final FreezeExpiryMapper mapper;
    private final BusinessRun run;
    private final StepExecution stepExecution;

    public FreezeExpiryWriter(FreezeExpiryMapper mapper, BusinessRun run, StepExecution stepExecution) {
        this.mapper = mapper;
        this.run = run;
        this.stepExecution = stepExecution;
    }

    @Override
    public void write(Chunk<? extends ExpiredFreeze> chunk) {
        List<? extends ExpiredFreeze> items = chunk.getItems();
        int n = items.size();
        Long[] contracts = new Long[n];
        LocalDate[] ends = new LocalDate[n];
        Integer[] days = new Integer[n];
        BigDecimal[] fees = new BigDecimal[n];
        String[] numbers = new String[n];
        Long[] accounts = new Long[n];
        Long[] organizations = new Long[n];
        int withoutAccount = 0;
        for (int i = 0; i < n; i++) {
            ExpiredFreeze f = items.get(i);
            ThawRule.Thaw thaw = ThawRule.of(List.of(f.earliestStart()), f.endDate(),
                    new ThawRule.Fee(f.feePerEnrollment(), f.feePerContract()), f.enrollments());
            contracts[i] = f.contractId();
            ends[i] = f.endDate();
            days[i] = Math.toIntExact(thaw.days());
            fees[i] = thaw.fee();
            numbers[i] = f.invoiceNumber();
            accounts[i] = f.holderAccountId();
            organizations[i] = f.organizationId();
            if (thaw.fee().signum() > 0 && f.holderAccountId() == null) {
                withoutAccount++;
            }
        }
        StepCounters.add(stepExecution, THAWED, mapper.thaw(contracts, ends, days, fees, numbers, accounts, organizations,
                run.jobExecutionId()));
        StepCounters.add(stepExecution, NO_ACCOUNT, withoutAccount);
    }
}
