package io.billcycle.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import io.billcycle.batch.IdRange;
import io.billcycle.batch.StepCounters;
import io.billcycle.invoices.InvoiceNumberAssigner;
import io.billcycle.testsupport.JobTest;

/** The writer on its own (the job tests cover it in runs): what it does with plans an operator changed between the read and the write of their chunk. */
class InvoiceWriterTest extends JobTest {

    static final LocalDate D = LocalDate.parse("2024-03-31");

    @Autowired
    InvoiceGenerationMapper mapper;

    @Autowired
    InvoiceNumberAssigner numbers;

    @Autowired
    SqlSessionTemplate sessions;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void plansChangedAfterTheReadAreLeftAloneAndTheRestOfTheChunkIsWritten() {
        long org = fixtures.organization("ACME", 0, 2);
        long account = fixtures.account(org, "A-1");
        long kept = fixtures.plan(org, account).start("2024-03-01").create();
        long paused = fixtures.plan(org, account).start("2024-03-01").create();
        long moved = fixtures.plan(org, account).start("2024-03-01").create();
        long parkedKept = fixtures.plan(org, account).start("2023-01-01").create();
        long parkedPaused = fixtures.plan(org, account).start("2023-01-01").create();
        Chunk<PlanInvoicing> chunk = new Chunk<>(sessions.<DuePlan>selectList(InvoiceGenerationMapper.SELECT_DUE_PLANS,
                run(D).sqlParameters()).stream().map(p -> InvoicePlanner.plan(p, D)).toList());
        assertThat(chunk.size()).isEqualTo(5);

        // an operator acts after the read
        jdbc.update("update billing_plans set status = 'PAUSED' where id in (?, ?)", paused, parkedPaused);
        jdbc.update("update billing_plans set next_period_start = '2024-04-01' where id = ?", moved);

        StepExecution step = MetaDataInstanceFactory.createStepExecution();
        transactions.executeWithoutResult(tx -> writer(step).write(chunk));

        assertThat(jdbc.queryForList("select billing_plan_id from invoices", Long.class)).containsExactly(kept);
        assertThat(jdbc.queryForList("select invoice_number from invoices", String.class)).containsExactly("INV-00000001");
        assertThat(jdbc.queryForList("select count(*) from ledger_entries", Long.class)).containsExactly(1L);
        assertThat(jdbc.queryForList("select id || ' ' || status || ' ' || next_period_start from billing_plans order by id",
                String.class)).containsExactly(kept + " ACTIVE 2024-04-01", paused + " PAUSED 2024-03-01",
                        moved + " ACTIVE 2024-04-01", parkedKept + " ACTIVE 2023-01-01", parkedPaused + " PAUSED 2023-01-01");
        assertThat(jdbc.queryForList("select billing_plan_id || ' ' || periods_due from billing_plan_parkings", String.class))
                .containsExactly(parkedKept + " 15");
        assertThat(StepCounters.get(step, InvoiceWriter.PARKED)).isEqualTo(1L);
        assertThat(jdbc.queryForObject("select last_number from invoice_number_counters where organization_id = ?", Long.class, org))
                .isEqualTo(1L);
    }

    @Test
    void aRolledBackChunkLeavesNothingBehindNumbersAndCountersIncluded() {
        long org = fixtures.organization("ACME", 0, 2);
        long account = fixtures.account(org, "A-1");
        fixtures.plan(org, account).start("2024-03-01").create();
        fixtures.plan(org, account).start("2023-01-01").create();   // parked
        List<PlanInvoicing> items = sessions.<DuePlan>selectList(InvoiceGenerationMapper.SELECT_DUE_PLANS, run(D).sqlParameters())
                .stream().map(p -> InvoicePlanner.plan(p, D)).toList();
        StepExecution step = MetaDataInstanceFactory.createStepExecution();

        transactions.executeWithoutResult(tx -> {
            writer(step).write(new Chunk<>(items));
            assertThat(StepCounters.get(step, InvoiceWriter.PARKED)).isEqualTo(1L);
            tx.setRollbackOnly();
        });

        assertThat(jdbc.queryForObject("select count(*) from invoices", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from billing_plan_parkings", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from invoice_number_counters", Long.class)).isZero();
        assertThat(jdbc.queryForList("select next_period_start::text from billing_plans order by id", String.class))
                .containsExactly("2024-03-01", "2023-01-01");
        // the framework saves the step's context once more when the step fails: it must not count what rolled back
        assertThat(StepCounters.get(step, InvoiceWriter.PARKED)).isZero();
    }

    @Test
    void onlyPlansInsideTheStepsIdRangeAreRead() {
        long org = fixtures.organization("ACME");
        long account = fixtures.account(org, "A-1");
        long first = fixtures.plan(org, account).create();
        long second = fixtures.plan(org, account).create();
        long third = fixtures.plan(org, account).create();
        StepExecution step = MetaDataInstanceFactory.createStepExecution();
        new IdRange(second, third).storeIn(step.getExecutionContext());

        assertThat(sessions.<DuePlan>selectList(InvoiceGenerationMapper.SELECT_DUE_PLANS, run(D).sqlParameters(step)))
                .extracting(DuePlan::id).containsExactly(second, third);
        assertThat(mapper.countDuePlans(run(D).sqlParameters(step))).isEqualTo(2);
        assertThat(mapper.countDuePlans(run(D).sqlParameters())).isEqualTo(3);
        assertThat(first).isLessThan(second);
    }

    private InvoiceWriter writer(StepExecution step) {
        return new InvoiceWriter(mapper, numbers, run(D), step);
    }
}
