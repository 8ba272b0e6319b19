package io.billcycle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A preview shows what a run would do, with reasons, changes nothing, and matches what the run then does. */
class PreviewCommandTest extends CliTest {

    static final String D = "2024-03-31";

    @Test
    void previewsChangeNothingAndShowWhatTheRunThenDoes() throws IOException {
        long acme = fixtures.organization("ACME", 10, 2);
        jdbc.update("""
                update organizations set finance_charges_enabled = true, finance_charge_annual_rate = 18.000,
                       finance_charge_minimum = 1.00, finance_charge_min_balance = 5.00, finance_charge_grace_days = 30
                 where id = ?""", acme);
        long a1 = fixtures.account(acme, "A-1");
        long a2 = fixtures.account(acme, "A-2");
        long billed = fixtures.plan(acme, a1).start("2024-02-29").amount("40.00").create();
        long parked = fixtures.plan(acme, a1).start("2023-01-01").create();
        long ended = fixtures.plan(acme, a2).start("2024-01-10").end("2024-02-01").nextPeriodStart("2024-02-10").create();
        jdbc.update("""
                insert into ledger_entries (account_id, entry_date, kind, amount, due_date, created_by)
                values (?, '2024-01-15', 'ADJUSTMENT', 120.00, '2024-01-15', 'test'),
                       (?, '2024-03-01', 'ADJUSTMENT', 4.00, '2024-02-01', 'test')""", a1, a2);
        Map<String, String> before = fingerprint();

        Result invoices = cli("preview", "invoice-generation", "--date", D);
        Result charges = cli("preview", "finance-charge-assessment", "--date", D, "--org", "ACME");

        Result statements = cli("preview", "statement-cycle", "--date", D, "--org", "ACME");

        assertThat(statements.code()).as(statements.toString()).isZero();
        assertThat(Files.readString(EXPORTS.resolve("preview/statement-cycle-ACME-" + D + ".csv"))).isEqualTo("""
                organization,account_number,balance,past_due,minimum_due,dunning_level_from,dunning_level_to,message_lines,reason\r
                ACME,A-1,120.00,120.00,0.00,0,0,,no previous statement: stays at level 0\r
                ACME,A-2,4.00,4.00,0.00,0,0,,no previous statement: stays at level 0\r
                """);
        assertThat(invoices.code()).as(invoices.toString()).isZero();
        assertThat(charges.code()).as(charges.toString()).isZero();
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(invoices.out()).contains("invoice-generation for " + D + " (org ACME): 4 row(s) in ");
        assertThat(Files.readString(EXPORTS.resolve("preview/invoice-generation-ACME-" + D + ".csv"))).isEqualTo("""
                organization,billing_plan_id,account_id,action,period_start,period_end,issue_date,due_date,amount,reason\r
                ACME,%1$d,%4$d,INVOICE,2024-02-29,2024-03-28,2024-03-31,2024-03-10,40.00,period starts on or before 2024-03-31\r
                ACME,%1$d,%4$d,INVOICE,2024-03-29,2024-04-28,2024-03-31,2024-04-08,40.00,period starts on or before 2024-03-31\r
                ACME,%2$d,%4$d,PARK,,,,,,"15 periods due, more than the 2 one run may bill; the plan is left as it is"\r
                ACME,%3$d,%5$d,DEACTIVATE,,,,,,ended 2024-02-01: ACTIVE -> INACTIVE\r
                """.formatted(billed, parked, ended, a1, a2));
        assertThat(Files.readString(EXPORTS.resolve("preview/finance-charge-assessment-ACME-" + D + ".csv"))).isEqualTo("""
                organization,account_id,base_amount,charge,next_finance_charge_date,reason\r
                ACME,%d,120.00,1.80,2024-04-30,base 120.00 past due over 30 days: 120.00 x 18%% / 12 = 1.80\r
                ACME,%d,4.00,,,no charge: base 4.00 is under the minimum balance 5.00\r
                """.formatted(a1, a2));

        // the run does what the preview said
        assertThat(cli("run", "finance-charge-assessment", "--date", D).code()).isZero();
        assertThat(jdbc.queryForObject("select account_id || ' ' || charge from finance_charges", String.class))
                .isEqualTo(a1 + " 1.80");
        assertThat(cli("run", "invoice-generation", "--date", D).code()).isZero();
        assertThat(jdbc.queryForObject("select sum(amount) from invoices where billing_plan_id = ?", BigDecimal.class, billed))
                .isEqualByComparingTo("80.00");
        assertThat(jdbc.queryForObject("select status from billing_plans where id = ?", String.class, ended)).isEqualTo("INACTIVE");
    }

    @Test
    void aJobWithoutPreviewOrAnUnknownOneIsAUsageError() {
        fixtures.organization("ACME");
        Result unknown = cli("preview", "statement-run", "--date", D);
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("error: job 'statement-run' has no preview: jobs that can be previewed are "
                + "finance-charge-assessment, invoice-generation, statement-cycle\n");
    }
}
