package io.billcycle.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import io.billcycle.testsupport.JobTest;

/** The writer on its own (the job tests cover it in runs): what it does with plans an operator changed between the read and the write of their chunk. */
class InvoiceWriterTest extends JobTest {

    static final LocalDate D = LocalDate.parse("2024-03-31");

    @Autowired
    InvoiceGenerationMapper mapper;

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
                Map.of("date", D)).stream().map(p -> InvoicePlanner.plan(p, D)).toList());
        assertThat(chunk.size()).isEqualTo(5);

        // an operator acts after the read
        jdbc.update("update billing_plans set status = 'PAUSED' where id in (?, ?)", paused, parkedPaused);
        jdbc.update("update billing_plans set next_period_start = '2024-04-01' where id = ?", moved);

        StepExecution step = MetaDataInstanceFactory.createStepExecution();
        transactions.executeWithoutResult(tx -> new InvoiceWriter(mapper, D, step).write(chunk));

        assertThat(jdbc.queryForList("select billing_plan_id from invoices", Long.class)).containsExactly(kept);
        assertThat(jdbc.queryForList("select invoice_number from invoices", String.class)).containsExactly("INV-00000001");
        assertThat(jdbc.queryForList("select count(*) from ledger_entries", Long.class)).containsExactly(1L);
        assertThat(jdbc.queryForList("select id || ' ' || status || ' ' || next_period_start from billing_plans order by id",
                String.class)).containsExactly(kept + " ACTIVE 2024-04-01", paused + " PAUSED 2024-03-01",
                        moved + " ACTIVE 2024-04-01", parkedKept + " ACTIVE 2023-01-01", parkedPaused + " PAUSED 2023-01-01");
        assertThat(jdbc.queryForList("select billing_plan_id || ' ' || periods_due from billing_plan_parkings", String.class))
                .containsExactly(parkedKept + " 15");
        assertThat(step.getExecutionContext().getLong(InvoiceWriter.PARKED_KEY)).isEqualTo(1L);
        assertThat(jdbc.queryForObject("select last_number from invoice_number_counters where organization_id = ?", Long.class, org))
                .isEqualTo(1L);
    }

    @Test
    void aRolledBackChunkLeavesNothingBehindNumbersIncluded() {
        long org = fixtures.organization("ACME");
        long account = fixtures.account(org, "A-1");
        fixtures.plan(org, account).start("2024-03-01").create();
        List<PlanInvoicing> items = sessions.<DuePlan>selectList(InvoiceGenerationMapper.SELECT_DUE_PLANS, Map.of("date", D))
                .stream().map(p -> InvoicePlanner.plan(p, D)).toList();

        transactions.executeWithoutResult(tx -> {
            new InvoiceWriter(mapper, D, MetaDataInstanceFactory.createStepExecution()).write(new Chunk<>(items));
            tx.setRollbackOnly();
        });

        assertThat(jdbc.queryForObject("select count(*) from invoices", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from invoice_number_counters", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select next_period_start::text from billing_plans", String.class)).isEqualTo("2024-03-01");
    }

    @Test
    void reservingTheSameCountTwiceInOneTransactionHandsOutTwoBlocks() {
        long org = fixtures.organization("ACME");
        List<Long> lastNumbers = transactions.execute(tx -> List.of(mapper.reserveInvoiceNumbers(org, 5).lastNumber(),
                mapper.reserveInvoiceNumbers(org, 5).lastNumber()));
        assertThat(lastNumbers).containsExactly(5L, 10L);
    }
}
