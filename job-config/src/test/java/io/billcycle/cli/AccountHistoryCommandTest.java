package io.billcycle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code accounts history}: every kind of event of an account, in order, with its reason, in three formats. */
class AccountHistoryCommandTest extends CliTest {

    long org;
    long account;

    @BeforeEach
    void anAccountWithAStory() {
        org = fixtures.organization("ACME");
        account = fixtures.account(org, "A-1");
        long other = fixtures.account(org, "A-2");
        long invoice = jdbc.queryForObject("""
                insert into invoices (organization_id, account_id, invoice_number, period_start, period_end, issue_date,
                                      due_date, amount, status, created_by)
                values (?, ?, 'INV-00000001', '2024-01-01', '2024-01-31', '2024-01-01', '2024-01-31', 30.00, 'OPEN',
                        'invoice-generation') returning id""", Long.class, org, account);
        jdbc.update("""
                insert into ledger_entries (account_id, entry_date, kind, amount, due_date, invoice_id, description, created_by)
                values (?, '2024-01-01', 'CHARGE', 30.00, '2024-01-31', ?, 'Invoice INV-00000001', 'invoice-generation')""",
                account, invoice);
        long payment = jdbc.queryForObject("""
                insert into ledger_entries (account_id, entry_date, kind, amount, due_date, description, created_by)
                values (?, '2024-02-10', 'PAYMENT', -10.00, '2024-02-10', 'Payment', 'pat') returning id""", Long.class, account);
        jdbc.update("""
                insert into payments (organization_id, account_id, payment_date, amount, reference, ledger_entry_id, created_by)
                values (?, ?, '2024-02-10', 10.00, 'CHK-7781', ?, 'pat')""", org, account, payment);
        jdbc.update("""
                insert into ledger_entries (account_id, entry_date, kind, amount, due_date, description, created_by)
                values (?, '2024-02-12', 'ADJUSTMENT', -5.00, '2024-02-12', 'Goodwill: late delivery', 'sam')""", account);
        jdbc.update("""
                insert into statements (organization_id, account_id, statement_date, previous_balance, charges,
                                        finance_charges, adjustments, payments, balance, past_due, aging_current, aging_1_30,
                                        aging_31_60, aging_61_90, aging_91_plus, minimum_due, minimum_due_date, dunning_level,
                                        dunning_reason)
                values (?, ?, '2024-02-29', 30.00, 0, 0, -5.00, -10.00, 15.00, 15.00, 0, 15.00, 0, 0, 0, 15.00, '2024-02-29', 1,
                        'previous minimum 25.00 not paid by 2024-02-20')""", org, account);
        // another account's events never show
        jdbc.update("""
                insert into ledger_entries (account_id, entry_date, kind, amount, due_date, description, created_by)
                values (?, '2024-02-12', 'ADJUSTMENT', 99.00, '2024-02-12', 'Not A-1', 'sam')""", other);
    }

    @Test
    void theStoryInOrderWithReasonsAndWhoDidWhat() {
        assertThat(cli("accounts", "suspend-statements", "--account", "A-1").code()).isZero();
        assertThat(cli("accounts", "update-address", "--account", "A-1", "--line1", "9 Oak Ave", "--city", "Fairview").code())
                .isZero();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String me = System.getProperty("user.name");

        Result result = cli("accounts", "history", "--account", "A-1");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out().lines().map(line -> line.replaceAll(" +", " ")).toList()).containsExactly(
                "date what reference amount by detail",
                "2024-01-01 INVOICE INV-00000001 30.00 invoice-generation for 2024-01-01 to 2024-01-31; due 2024-01-31",
                "2024-01-01 CHARGE INV-00000001 30.00 invoice-generation Invoice INV-00000001",
                "2024-02-10 PAYMENT CHK-7781 -10.00 pat Payment",
                "2024-02-12 ADJUSTMENT -5.00 sam Goodwill: late delivery",
                "2024-02-29 STATEMENT dunning level 1 15.00 statement-cycle minimum due 15.00; previous minimum 25.00 not paid by 2024-02-20",
                today + " STATEMENTS_SUSPENDED " + me,
                today + " ADDRESS_UPDATED " + me + " 9 Oak Ave, Fairview");
    }

    @Test
    void aWindowCsvAndJson() throws Exception {
        Result window = cli("accounts", "history", "--account", "A-1", "--from", "2024-02-01", "--to", "2024-02-11",
                "--format", "csv");

        assertThat(window.code()).as(window.toString()).isZero();
        assertThat(window.out()).isEqualTo("date,what,reference,amount,by,detail\r\n"
                + "2024-02-10,PAYMENT,CHK-7781,-10.00,pat,Payment\r\n");

        JsonNode json = new ObjectMapper().readTree(cli("accounts", "history", "--account", "A-1", "--to", "2024-01-31",
                "--format", "json").out());
        assertThat(json).hasSize(2);
        assertThat(json.get(0).get("what").asText()).isEqualTo("INVOICE");
        assertThat(json.get(1).get("amount").decimalValue()).isEqualByComparingTo("30.00");
        assertThat(json.get(1).get("reference").asText()).isEqualTo("INV-00000001");
    }

    @Test
    void badWindowsAndUnknownAccountsAreUsageErrors() {
        Result backwards = cli("accounts", "history", "--account", "A-1", "--from", "2024-03-01", "--to", "2024-02-01");
        assertThat(backwards.code()).isEqualTo(2);
        assertThat(backwards.err()).isEqualTo("error: --to 2024-02-01 is before --from 2024-03-01\n");

        Result unknown = cli("accounts", "history", "--account", "Z-9");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("Z-9");

        assertThat(cli("accounts", "history", "--account", "A-1", "--from", "2030-01-01").out())
                .isEqualTo("nothing recorded for this account in that time\n");
    }

    @Test
    void freezesAndThawsOfTheMembershipsItPaysFor() {
        long facility = jdbc.queryForObject("insert into facilities (organization_id, short_name) values (?, 'Main') returning id",
                Long.class, org);
        long plan = jdbc.queryForObject("""
                insert into plans (organization_id, name, plan_type, billing_type, freeze_level) values (?, 'Gold', 1, 0, 'CONTRACT')
                returning id""", Long.class, org);
        long holder = jdbc.queryForObject("""
                insert into customers (organization_id, first_name, last_name, account_id) values (?, 'Pat', 'Doe', ?)
                returning id""", Long.class, org, account);
        long contract = jdbc.queryForObject("""
                insert into contracts (plan_id, facility_id, customer_id, end_date_local) values (?, ?, ?, '2025-12-31 23:59:00')
                returning id""", Long.class, plan, facility, holder);
        long enrollment = jdbc.queryForObject("""
                insert into enrollments (contract_id, customer_id, current_status, calculated_end_date)
                values (?, ?, 1, '2025-12-31') returning id""", Long.class, contract, holder);
        jdbc.update("""
                insert into freezes (enrollment_id, start_date, end_date, reason, created_by, thawed_on)
                values (?, '2024-03-01', '2024-03-31', 'injury', 'sam', '2024-03-31')""", enrollment);

        List<String> lines = cli("accounts", "history", "--account", "A-1", "--from", "2024-03-01").out().lines()
                .map(line -> line.replaceAll(" +", " ")).toList();

        assertThat(lines).containsExactly("date what reference amount by detail",
                "2024-03-01 FREEZE contract " + contract + " sam injury; until 2024-03-31",
                "2024-03-31 THAW contract " + contract);
    }
}
