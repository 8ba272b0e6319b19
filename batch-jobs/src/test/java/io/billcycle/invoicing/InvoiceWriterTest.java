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
                run(D).sqlParameters()).stream().map(p -> InvoicePlanner.plan(p, D)).toList());
        assertThat(chunk.size()).isEqualTo(5);

        // an operator acts after the read
        jdbc.update("update billing_plans set status = 'PAUSED' where id in (?, ?)", paused, parkedPaused);
        jdbc.update("update billing_plans set next_period_start = '2024-04-01' where id = ?", moved);

        StepExecution step = MetaDataInstanceFactory.createStepExecution();
        transactions.executeWithoutResult(tx -> writer(step).write(chunk));

        // a draft: issued (numbered, inserted, with its CHARGE entry) by the step after the partitions
        assertThat(jdbc.queryForList("select billing_plan_id from invoice_drafts", Long.class)).containsExactly(kept);
        assertThat(jdbc.queryForObject("select count(*) from invoices", Long.class)).isZero();
        assertThat(jdbc.queryForList("select count(*) from ledger_entries", Long.class)).containsExactly(0L);
        assertThat(jdbc.queryForList("select id || ' ' || status || ' ' || next_period_start from billing_plans order by id",
                String.class)).containsExactly(kept + " ACTIVE 2024-04-01", paused + " PAUSED 2024-03-01",
                        moved + " ACTIVE 2024-04-01", parkedKept + " ACTIVE 2023-01-01", parkedPaused + " PAUSED 2023-01-01");
        assertThat(jdbc.queryForList("select billing_plan_id || ' ' || periods_due from billing_plan_parkings", String.class))
                .containsExactly(parkedKept + " 15");
        assertThat(StepCounters.get(step, InvoiceWriter.PARKED)).isEqualTo(1L);

        assertThat(transactions.<Long>execute(tx -> mapper.numberDrafts(org, 7))).isEqualTo(1L);
        assertThat(jdbc.queryForList("select billing_plan_id || ' ' || status || ' ' || invoice_number from invoices",
                String.class)).containsExactly(kept + " OPEN INV-00000001");
        assertThat(jdbc.queryForObject("select count(*) from invoice_drafts", Long.class)).isZero();
        assertThat(jdbc.queryForList("select kind || ' ' || description from ledger_entries", String.class))
                .containsExactly("CHARGE Invoice INV-00000001 for 2024-03-01 to 2024-03-31");
        assertThat(jdbc.queryForObject("select last_number from invoice_number_counters where organization_id = ?", Long.class, org))
                .isEqualTo(1L);
        assertThat(transactions.<Long>execute(tx -> mapper.numberDrafts(org, 7))).as("nothing left to number").isZero();
    }

    @Test
    void draftsAreNumberedInPlanAndPeriodOrderAfterTheCounterPaddedButNeverCut() {
        long org = fixtures.organization("ACME", 0, 12);
        long account = fixtures.account(org, "A-1");
        long lowId = fixtures.plan(org, account).start("2024-02-01").create();
        long highId = fixtures.plan(org, account).start("2024-02-01").create();
        jdbc.update("insert into invoice_number_counters (organization_id, last_number) values (?, 99999998)", org);
        // written by two partitions, the higher plan id first
        for (long plan : new long[] {highId, lowId}) {
            List<PlanInvoicing> items = sessions.<DuePlan>selectList(InvoiceGenerationMapper.SELECT_DUE_PLANS,
                    run(D).sqlParameters(new IdRange(plan, plan))).stream().map(p -> InvoicePlanner.plan(p, D)).toList();
            transactions.executeWithoutResult(tx -> writer(MetaDataInstanceFactory.createStepExecution()).write(new Chunk<>(items)));
        }

        assertThat(transactions.<Long>execute(tx -> mapper.numberDrafts(org, 1))).isEqualTo(4L);

        assertThat(jdbc.queryForList("select billing_plan_id || ' ' || period_start || ' ' || invoice_number from invoices order by id",
                String.class)).containsExactlyInAnyOrder(
                        lowId + " 2024-02-01 INV-99999999", lowId + " 2024-03-01 INV-100000000",
                        highId + " 2024-02-01 INV-100000001", highId + " 2024-03-01 INV-100000002");
        assertThat(lowId).isLessThan(highId);
    }

    @Test
    void aRolledBackChunkLeavesNothingBehindCountersIncluded() {
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

        assertThat(jdbc.queryForObject("select count(*) from invoice_drafts", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from billing_plan_parkings", Long.class)).isZero();
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
        return new InvoiceWriter(mapper, run(D), step);
    }
}
