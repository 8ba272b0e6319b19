package io.billcycle.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.beans.factory.annotation.Autowired;

import io.billcycle.testsupport.JobTest;

/** A table the step grows from nearly empty is analyzed once, after enough writes; a big table never is. */
class GrowingTableStatisticsTest extends JobTest {

    @Autowired
    StatisticsMapper statistics;

    long plan;
    int invoices;

    @BeforeEach
    void onePlan() {
        long org = fixtures.organization("ACME");
        plan = fixtures.plan(org, fixtures.account(org, "A-1")).create();
        invoices = 0;
    }

    void addInvoices(int count) {
        jdbc.update("""
                insert into invoices (organization_id, account_id, billing_plan_id, invoice_number, period_start,
                                      period_end, issue_date, due_date, amount, created_by)
                select p.organization_id, p.account_id, p.id, 'T-' || n, date '2000-01-01' + n, date '2000-01-01' + n,
                       date '2024-01-01', date '2024-01-01', 1, 'test'
                  from billing_plans p, generate_series(?, ?) n where p.id = ?""", invoices + 1, invoices + count, plan);
        invoices += count;
    }

    long plannerRows() {
        return statistics.estimatedRows("invoices");
    }

    static Chunk<Object> chunkOf(int items) {
        return new Chunk<>(Collections.nCopies(items, new Object()));
    }

    @Test
    void aTableThatStartsSmallIsAnalyzedOnceWhenTheStepHasWrittenEnough() {
        GrowingTableStatistics listener = new GrowingTableStatistics(statistics, List.of("invoices"), 5);
        listener.beforeStep(MetaDataInstanceFactory.createStepExecution());
        addInvoices(3);
        listener.afterChunk(chunkOf(3));
        assertThat(plannerRows()).isZero();

        addInvoices(3);
        listener.afterChunk(chunkOf(3));
        assertThat(plannerRows()).isEqualTo(6);

        addInvoices(3);
        listener.afterChunk(chunkOf(3));
        assertThat(plannerRows()).as("analyzed only once").isEqualTo(6);
    }

    @Test
    void aTableThatIsAlreadyBigIsLeftAlone() {
        addInvoices(8);
        statistics.analyze("invoices");
        GrowingTableStatistics listener = new GrowingTableStatistics(statistics, List.of("invoices"), 5);
        listener.beforeStep(MetaDataInstanceFactory.createStepExecution());
        addInvoices(10);
        listener.afterChunk(chunkOf(10));
        assertThat(plannerRows()).isEqualTo(8);
    }
}
