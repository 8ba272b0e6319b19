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
    void theRosterPreviewShowsTheChangesAndPlanProgressTheRunThenMakes() throws IOException {
        long acme = fixtures.organization("ACME");
        jdbc.update("""
                insert into collection_statuses (organization_id, code, description) values
                       (?, 'C1', 'First'), (?, 'PP', 'Plan'), (?, 'PF', 'Plan failed'), (?, 'NP', 'Early'), (?, 'NF', 'Early failed')""",
                acme, acme, acme, acme, acme);
        jdbc.update("""
                update organizations set collections_enabled = true, collections_days_past_due = 30, collections_min_balance = 10,
                       initial_collection_status = 'C1', payment_plan_status = 'PP', payment_plan_failed_status = 'PF',
                       non_delinquent_plan_status = 'NP', non_delinquent_plan_failed_status = 'NF' where id = ?""", acme);
        long late = fixtures.account(acme, "A-1");
        long planned = fixtures.account(acme, "A-2");
        fixtures.account(acme, "A-3");
        jdbc.update("""
                insert into ledger_entries (account_id, entry_date, kind, amount, due_date, created_by)
                values (?, '2024-01-15', 'ADJUSTMENT', 120.00, '2024-01-15', 'test'),
                       (?, '2024-03-01', 'ADJUSTMENT', 100.00, '2024-03-01', 'test'),
                       (?, '2024-03-10', 'PAYMENT', -30.00, '2024-03-10', 'test'),
                       (?, '2024-03-20', 'PAYMENT', -25.00, '2024-03-20', 'test')""", late, planned, planned, planned);
        jdbc.update("update accounts set collection_status = 'NP', collection_status_date = '2024-03-01' where id = ?", planned);
        long plan = jdbc.queryForObject("""
                insert into payment_plans (organization_id, account_id, kind, start_date, payment_amount, payment_days,
                                           next_payment_date, created_by)
                values (?, ?, 'NON_DELINQUENT', '2024-03-01', 25.00, 14, '2024-03-15', 'test') returning id""", Long.class, acme, planned);
        Map<String, String> before = fingerprint();

        Result roster = cli("preview", "collection-roster", "--date", D);

        assertThat(roster.code()).as(roster.toString()).isZero();
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(Files.readString(EXPORTS.resolve("preview/collection-roster-ACME-" + D + ".csv"))).isEqualTo("""
                organization,account_number,from_status,to_status,reason,payment_plan_id,plan_status,next_payment_date,balance,past_due,detail\r
                ACME,A-1,,C1,ENTERED,,,,120.00,120.00,120.00 past due over 30 days (minimum 10.00): enters collections\r
                ACME,A-2,NP,NP,,%1$d,,2024-04-12,45.00,45.00,"plan %1$d in good standing, 2 installment(s) met; next installment of 25.00 due 2024-04-12"\r
                """.formatted(plan));

        assertThat(cli("run", "collection-roster", "--date", D).code()).isZero();
        assertThat(jdbc.queryForList("select account_id || ' ' || to_status || ' ' || reason from collection_roster", String.class))
                .containsExactly(late + " C1 ENTERED");
        assertThat(jdbc.queryForObject("select next_payment_date::text from payment_plans", String.class)).isEqualTo("2024-04-12");
    }

    @Test
    void theProviderExportPreviewShowsWhatWouldBePaidForThePeriod() throws IOException {
        long agency = fixtures.organization("AGENCY");
        long provider = jdbc.queryForObject("insert into providers (organization_id, name) values (?, '+Kids') returning id", Long.class, agency);
        long authorized = jdbc.queryForObject("""
                insert into provider_payments (organization_id, provider_id, service_period, kind, amount, submission_status,
                                               payment_status, authorized_on, created_by)
                values (?, ?, '2025-01', 'PAYMENT', 120.00, 'SUBMITTED', 'AUTHORIZED', '2025-02-01', 'test') returning id""",
                Long.class, agency, provider);
        long held = jdbc.queryForObject("""
                insert into provider_payments (organization_id, provider_id, service_period, kind, adjusts_payment_id, amount,
                                               submission_status, payment_status, hold_reason, created_by)
                values (?, ?, '2025-01', 'ADJUSTMENT', ?, -10.00, 'SUBMITTED', 'HOLD', 'checking', 'test') returning id""",
                Long.class, agency, provider, authorized);
        Map<String, String> before = fingerprint();

        assertThat(cli("preview", "provider-payment-export", "--date", "2025-02-05").err())
                .isEqualTo("error: preview provider-payment-export needs --period: the service period to export\n");
        Result preview = cli("preview", "provider-payment-export", "--date", "2025-02-05", "--period", "2025-01");

        assertThat(preview.code()).as(preview.toString()).isZero();
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(Files.readString(EXPORTS.resolve("preview/provider-payment-export-AGENCY-2025-02-05-2025-01.csv"))).isEqualTo("""
                organization,payment_id,kind,adjusts_payment_id,provider_id,provider_name,service_period,amount,action,reason\r
                AGENCY,%1$d,PAYMENT,,%3$d,'+Kids,2025-01,120.00,PAY,"authorized on 2025-02-01: PAID in the new batch, exported on 2025-02-05"\r
                AGENCY,%2$d,ADJUSTMENT,%1$d,%3$d,'+Kids,2025-01,-10.00,LEAVE,payment is HOLD (checking): left as it is\r
                """.formatted(authorized, held, provider));
        // another period's preview has a name of its own
        assertThat(cli("preview", "provider-payment-export", "--date", "2025-02-05", "--period", "2024-12").code()).isZero();
        assertThat(EXPORTS.resolve("preview/provider-payment-export-AGENCY-2025-02-05-2024-12.csv")).exists();
        assertThat(EXPORTS.resolve("preview/provider-payment-export-AGENCY-2025-02-05-2025-01.csv")).exists();
    }

    @Test
    void aJobWithoutPreviewOrAnUnknownOneIsAUsageError() {
        fixtures.organization("ACME");
        Result unknown = cli("preview", "statement-run", "--date", D);
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("error: job 'statement-run' has no preview: jobs that can be previewed are "
                + "collection-roster, finance-charge-assessment, freeze-expiry, invoice-generation, provider-payment-export, "
                + "statement-cycle\n");
        // a report changes no money and no status: nothing to preview
        assertThat(cli("preview", "frozen-prepaid-expiry-report", "--date", D).err())
                .startsWith("error: job 'frozen-prepaid-expiry-report' has no preview");
    }

    @Test
    void aPreviewChecksTheJobsOptionsAsARunDoesAndWritesNothingWhenOneIsBad() throws IOException {
        fixtures.organization("AGENCY");
        Result bad = cli("preview", "provider-payment-export", "--option", "period=2024-13", "--date", D);
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("error: provider-payment-export: option 'period' must be a month like 2026-01, "
                + "was '2024-13'\n");
        Result unknown = cli("preview", "statement-cycle", "--option", "colour=red", "--date", D);
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("error: statement-cycle: unknown option 'colour': this job takes none\n");
        assertThat(EXPORTS.resolve("preview")).doesNotExist();
    }
}
