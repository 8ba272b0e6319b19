package io.billcycle.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;

import io.billcycle.testsupport.JobTest;

class InvoiceGenerationJobTest extends JobTest {

    static final LocalDate D = LocalDate.parse("2024-03-31");

    @Autowired
    Job invoiceGenerationJob;

    @Test
    void catchesUpMissedMonthsAnchoredOnThe31st() throws Exception {
        long org = fixtures.organization("ACME", 10, 12);
        long account = fixtures.account(org, "A-1");
        long plan = fixtures.plan(org, account).start("2024-01-31").amount("75.50").create();

        JobExecution run = launch(invoiceGenerationJob, params(D));

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<Map<String, Object>> invoices = jdbc.queryForList("""
                select invoice_number, period_start::text, period_end::text, issue_date::text, due_date::text, amount::text
                  from invoices where billing_plan_id = ? order by period_start""", plan);
        assertThat(invoices).extracting(r -> r.get("period_start") + ".." + r.get("period_end") + " due " + r.get("due_date"))
                .containsExactly("2024-01-31..2024-02-28 due 2024-02-10", "2024-02-29..2024-03-30 due 2024-03-10",
                        "2024-03-31..2024-04-29 due 2024-04-10");
        assertThat(invoices).extracting(r -> r.get("invoice_number"))
                .containsExactly("INV-00000001", "INV-00000002", "INV-00000003");
        assertThat(invoices).allSatisfy(r -> {
            assertThat(r.get("issue_date")).isEqualTo("2024-03-31");
            assertThat(r.get("amount")).isEqualTo("75.50");
        });
        assertThat(jdbc.queryForList("""
                select l.kind || ' ' || l.amount || ' ' || l.entry_date || ' due ' || l.due_date
                  from ledger_entries l join invoices i on i.id = l.invoice_id order by i.period_start""", String.class))
                .containsExactly("CHARGE 75.50 2024-03-31 due 2024-02-10", "CHARGE 75.50 2024-03-31 due 2024-03-10",
                        "CHARGE 75.50 2024-03-31 due 2024-04-10");
        assertThat(jdbc.queryForObject("select next_period_start::text from billing_plans where id = ?", String.class, plan))
                .isEqualTo("2024-04-30");

        Path csv = exportDir().resolve("invoice-generation/invoice-generation-ACME-2024-03-31.csv");
        assertThat(Files.readString(csv)).isEqualTo("""
                invoice_number,organization,account_number,account_name,subject,billing_plan_id,period_start,period_end,issue_date,due_date,amount,currency\r
                INV-00000001,ACME,A-1,Holder of A-1,Student,%1$d,2024-01-31,2024-02-28,2024-03-31,2024-02-10,75.50,USD\r
                INV-00000002,ACME,A-1,Holder of A-1,Student,%1$d,2024-02-29,2024-03-30,2024-03-31,2024-03-10,75.50,USD\r
                INV-00000003,ACME,A-1,Holder of A-1,Student,%1$d,2024-03-31,2024-04-29,2024-03-31,2024-04-10,75.50,USD\r
                """.formatted(plan));
    }
}
