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

    @Test
    void onlyActivePlansAreInvoicedWhateverIsDue() throws Exception {
        long org = fixtures.organization("ACME");
        long account = fixtures.account(org, "A-1");
        long active = fixtures.plan(org, account).create();
        long paused = fixtures.plan(org, account).status("PAUSED").create();
        long inactive = fixtures.plan(org, account).status("INACTIVE").end("2024-02-28").create();
        long voided = fixtures.plan(org, account).status("VOIDED").create();

        assertThat(launch(invoiceGenerationJob, params(D)).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(jdbc.queryForList("select distinct billing_plan_id from invoices", Long.class)).containsExactly(active);
        assertThat(jdbc.queryForList("select status from billing_plans where id in (?, ?, ?) order by id", String.class,
                paused, inactive, voided)).containsExactly("PAUSED", "INACTIVE", "VOIDED");
    }

    @Test
    void aPlanPastTheSafetyBoundIsParkedLeftAsItIsAndNotDeactivated() throws Exception {
        long org = fixtures.organization("ACME", 0, 2);
        long account = fixtures.account(org, "A-1");
        long atBound = fixtures.plan(org, account).start("2024-02-01").create();              // Feb, Mar: 2 due
        long overBound = fixtures.plan(org, account).start("2024-01-01").end("2024-03-15").create(); // 3 due, ended

        JobExecution run = launch(invoiceGenerationJob, params(D));

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForObject("select count(*) from invoices where billing_plan_id = ?", Integer.class, atBound)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from invoices where billing_plan_id = ?", Integer.class, overBound)).isZero();
        assertThat(jdbc.queryForObject("select status || ' ' || next_period_start from billing_plans where id = ?",
                String.class, overBound)).isEqualTo("ACTIVE 2024-01-01");
        assertThat(jdbc.queryForObject("select periods_due from billing_plan_parkings where billing_plan_id = ? and business_date = ?",
                Integer.class, overBound, D)).isEqualTo(3);
        assertThat(counter(run, "invoice-due-plans", InvoiceWriter.PARKED)).isEqualTo(1);
    }

    @Test
    void endedPlansAreBilledToTheirEndThenBecomeInactiveWithHistory() throws Exception {
        long org = fixtures.organization("ACME");
        long account = fixtures.account(org, "A-1");
        long ended = fixtures.plan(org, account).start("2024-01-10").end("2024-03-09").nextPeriodStart("2024-02-10").create();
        long pausedEnded = fixtures.plan(org, account).start("2024-01-10").end("2024-03-01").status("PAUSED").create();
        long endsToday = fixtures.plan(org, account).start("2024-03-31").end("2024-03-31").create();

        launch(invoiceGenerationJob, params(D));

        assertThat(jdbc.queryForList("select period_start::text from invoices where billing_plan_id = ? order by 1",
                String.class, ended)).containsExactly("2024-02-10");   // Mar 10 starts after the end date
        assertThat(jdbc.queryForList("select id || ' ' || status from billing_plans order by id", String.class))
                .containsExactly(ended + " INACTIVE", pausedEnded + " INACTIVE", endsToday + " ACTIVE");
        assertThat(jdbc.queryForList("""
                select billing_plan_id || ' ' || from_status || '>' || to_status || ' ' || effective_date || ' ' || reason || ' ' || actor
                  from billing_plan_status_changes order by billing_plan_id""", String.class))
                .containsExactly(ended + " ACTIVE>INACTIVE 2024-03-31 ENDED invoice-generation",
                        pausedEnded + " PAUSED>INACTIVE 2024-03-31 ENDED invoice-generation");
        assertThat(jdbc.queryForObject("select count(*) from invoices where billing_plan_id = ?", Integer.class, endsToday)).isEqualTo(1);
    }

    @Test
    void leadDaysBillTheNextPeriodAheadAndDueDatesFollowEachOrganization() throws Exception {
        long agency = fixtures.organization("AGENCY", 0, 12);
        long practice = fixtures.organization("PRACTICE", 30, 12);
        long early = fixtures.plan(agency, fixtures.account(agency, "A-1")).start("2024-04-05").leadDays(5).create();
        long notYet = fixtures.plan(agency, fixtures.account(agency, "A-2")).start("2024-04-06").leadDays(5).create();
        long terms = fixtures.plan(practice, fixtures.account(practice, "P-1")).start("2024-03-31").create();

        launch(invoiceGenerationJob, params(D));

        assertThat(jdbc.queryForList("""
                select billing_plan_id || ' ' || invoice_number || ' ' || period_start || ' due ' || due_date
                  from invoices order by billing_plan_id""", String.class))
                .containsExactly(early + " INV-00000001 2024-04-05 due 2024-04-05", terms + " INV-00000001 2024-03-31 due 2024-04-30");
        assertThat(jdbc.queryForObject("select next_period_start::text from billing_plans where id = ?", String.class, notYet))
                .isEqualTo("2024-04-06");
        // one file per organization, amounts never mixed
        assertThat(exportDir().resolve("invoice-generation/invoice-generation-AGENCY-2024-03-31.csv")).exists();
        assertThat(exportDir().resolve("invoice-generation/invoice-generation-PRACTICE-2024-03-31.csv")).exists();
    }

    @Test
    void anOrganizationRunTouchesOnlyThatOrganization() throws Exception {
        long agency = fixtures.organization("AGENCY");
        long practice = fixtures.organization("PRACTICE");
        fixtures.plan(agency, fixtures.account(agency, "A-1")).create();
        long untouched = fixtures.plan(practice, fixtures.account(practice, "P-1")).end("2024-02-01").create();

        launch(invoiceGenerationJob, params(D, "AGENCY"));

        assertThat(jdbc.queryForList("select distinct organization_id from invoices", Long.class)).containsExactly(agency);
        assertThat(jdbc.queryForObject("select status from billing_plans where id = ?", String.class, untouched)).isEqualTo("ACTIVE");
        assertThat(exportDir().resolve("invoice-generation/invoice-generation-PRACTICE-2024-03-31.csv")).doesNotExist();
    }

    @Test
    void aDayWithoutInvoicesStillWritesAHeaderOnlyFile() throws Exception {
        fixtures.organization("QUIET");
        launch(invoiceGenerationJob, params(LocalDate.parse("2024-05-01")));
        Path csv = exportDir().resolve("invoice-generation/invoice-generation-QUIET-2024-05-01.csv");
        assertThat(Files.readString(csv)).isEqualTo("invoice_number,organization,account_number,account_name,subject,"
                + "billing_plan_id,period_start,period_end,issue_date,due_date,amount,currency\r\n");
        assertThat(Files.readString(csv.resolveSibling(csv.getFileName() + ".manifest.json")))
                .contains("\"rowCount\" : 0").contains("\"amountTotal\" : 0.00");
    }

    @Test
    void formulaLikeTextIsDefusedInTheExport() throws Exception {
        long org = fixtures.organization("ACME");
        fixtures.plan(org, fixtures.account(org, "A-1")).subject("=HYPERLINK(\"x\")").start("2024-03-31").create();
        launch(invoiceGenerationJob, params(D));
        assertThat(Files.readString(exportDir().resolve("invoice-generation/invoice-generation-ACME-2024-03-31.csv")))
                .contains(",\"'=HYPERLINK(\"\"x\"\")\",");
    }
}
