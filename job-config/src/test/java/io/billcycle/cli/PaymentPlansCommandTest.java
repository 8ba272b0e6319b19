package io.billcycle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Collection statuses, the collections integration, and payment plans from the command line: every value checked, a
 * refusal saves nothing, no card number ever gets in.
 */
class PaymentPlansCommandTest extends CliTest {

    long org;
    long inCollections;
    long current;
    long suppressed;

    @BeforeEach
    void organization() {
        org = fixtures.organization("ACME");
        inCollections = fixtures.account(org, "A-1");
        current = fixtures.account(org, "A-2");
        suppressed = fixtures.account(org, "A-3");
        for (String[] s : new String[][] {{"AG", "Agency"}, {"C1", "First letter"}, {"PP", "Plan"}, {"PF", "Plan failed"},
                {"NP", "Early plan"}, {"NF", "Early plan failed"}}) {
            assertThat(cli("collections", "statuses", "set", "--code", s[0], "--description", s[1]).code()).isZero();
        }
        jdbc.update("update accounts set collection_status = 'C1', collection_status_date = '2025-01-01' where id = ?", inCollections);
        long group = jdbc.queryForObject("insert into billing_groups (organization_id, code, suppress_collections) values (?, 'LEGAL', true) returning id", Long.class, org);
        jdbc.update("update accounts set billing_group_id = ? where id = ?", group, suppressed);
    }

    @Test
    void statusesAreListedAndAChainOfNextStatusesMustEnd() {
        assertThat(cli("collections", "statuses", "set", "--code", "C1", "--description", "First letter",
                "--days-to-remain", "30", "--next", "AG").code()).isZero();
        // columns as wide as their widest cell, whatever a description holds
        List<String> listed = cli("collections", "statuses", "list").out().lines().toList();
        assertThat(listed).contains("code  description        moves on", "C1    First letter       to AG after 30 days",
                "AG    Agency             stays", "NF    Early plan failed  stays");
        Map<String, String> before = fingerprint();
        Result loop = cli("collections", "statuses", "set", "--code", "AG", "--description", "Agency", "--days-to-remain", "5", "--next", "C1");
        assertThat(loop.code()).isEqualTo(2);
        assertThat(loop.err()).isEqualTo("error: --next C1 would make a loop: AG -> C1 -> AG; nothing saved\n");
        Result bad = cli("collections", "statuses", "set", "--code", "toolong", "--description", " ", "--next", "ZZ");
        assertThat(bad.err().lines().toList()).containsExactly("error: 4 problems, nothing saved",
                "  --code must be 1 to 3 capital letters or digits, got 'toolong'",
                "  --description must be 1 to 100 characters",
                "  --days-to-remain and --next go together: give both, or neither for a status accounts stay in",
                "  --next: no status 'ZZ' in organization ACME; add it first");
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void collectionsAreSwitchedOnOnlyWithTheirFiveStatusesAllKnown() {
        Map<String, String> before = fingerprint();
        Result missing = cli("orgs", "set", "--org", "ACME", "--collections", "on", "--initial-collection-status", "C1");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("error: collections cannot be on without all five statuses (--payment-plan-status, "
                + "--payment-plan-failed-status, --non-delinquent-plan-status, --non-delinquent-plan-failed-status missing); nothing saved\n");
        Result unknown = cli("orgs", "set", "--org", "ACME", "--payment-plan-status", "XX");
        assertThat(unknown.err()).isEqualTo("error: --payment-plan-status: no collection status 'XX' in organization ACME "
                + "(see: billcycle collections statuses list); nothing saved\n");
        assertThat(cli("orgs", "set", "--org", "ACME", "--collections-min-balance", "1.001").err())
                .isEqualTo("error: --collections-min-balance must have at most 2 decimals, got 1.001; nothing saved\n");
        assertThat(fingerprint()).isEqualTo(before);

        Result on = cli("orgs", "set", "--org", "ACME", "--collections", "on", "--collections-days-past-due", "60",
                "--collections-min-balance", "25", "--initial-collection-status", "C1", "--payment-plan-status", "PP",
                "--payment-plan-failed-status", "PF", "--non-delinquent-plan-status", "NP",
                "--non-delinquent-plan-failed-status", "NF");
        assertThat(on.code()).as(on.toString()).isZero();
        assertThat(cli("orgs", "list").out()).contains(", collections after 60 days on 25.00 and more (enter C1, plan PP/PF, "
                + "non-delinquent plan NP/NF), statements printed\n");
    }

    @Test
    void aPlanTakesItsKindFromTheAccountAndDefaultsItsFirstInstallment() {
        Result delinquent = cli("payment-plans", "create", "--account", "A-1", "--start", "2025-03-01", "--amount", "50",
                "--days", "14", "--status-for-default", "AG", "--autopay", "--merchant", "Stripe", "--method", "VISA",
                "--card-holder", "Pat Doe", "--zip", "62701");
        assertThat(delinquent.code()).as(delinquent.toString()).isZero();
        assertThat(delinquent.out()).matches("payment plan \\d+ created for account A-1 \\(DELINQUENT\\): 50.00 every 14 days, "
                + "first due 2025-03-15\n");
        Result early = cli("payment-plans", "create", "--account", "A-2", "--start", "2025-03-01", "--amount", "20.5",
                "--days", "7", "--next-date", "2025-03-03");
        assertThat(early.out()).contains("(NON_DELINQUENT): 20.50 every 7 days, first due 2025-03-03");
        assertThat(cli("payment-plans", "list").out().lines().skip(1).toList()).satisfiesExactly(
                line -> assertThat(line).contains("A-1", "DELINQUENT", "ACTIVE", "2025-03-01", "50.00", "14", "2025-03-15", "AG", "autopay"),
                line -> assertThat(line).contains("A-2", "NON_DELINQUENT", "ACTIVE", "20.50", "2025-03-03"));
        assertThat(jdbc.queryForObject("select card_holder_zip || ' ' || merchant || ' ' || payment_method from payment_plans where account_id = ?",
                String.class, inCollections)).isEqualTo("62701 Stripe VISA");
        long plan = jdbc.queryForObject("select id from payment_plans where account_id = ?", Long.class, inCollections);
        assertThat(cli("accounts", "show", "--account", "A-1").out())
                .contains("  collections   C1 since 2025-01-01; payment plan " + plan + ": 50.00 every 14 days, next due 2025-03-15\n");
        assertThat(cli("orgs", "set", "--org", "ACME", "--collections", "on", "--initial-collection-status", "C1",
                "--payment-plan-status", "PP", "--payment-plan-failed-status", "PF", "--non-delinquent-plan-status", "NP",
                "--non-delinquent-plan-failed-status", "NF").code()).isZero();
        jdbc.update("""
                insert into ledger_entries (account_id, entry_date, kind, amount, due_date, created_by)
                values (?, '2024-12-01', 'ADJUSTMENT', 500.00, '2024-12-01', 'test')""", inCollections);
        assertThat(cli("run", "collection-roster", "--date", "2025-03-31").code()).isZero();
        assertThat(cli("accounts", "show", "--account", "A-1").out())
                .contains("  collections   AG since 2025-03-31 (sticky: reached by a plan default)\n")
                .contains("  roster 2025-03-31  C1 -> AG PLAN_DEFAULTED: installment of 50.00 due 2025-03-15 not met: "
                        + "0.00 paid from 2025-03-01; plan " + plan + " defaulted\n");
    }

    @Test
    void everyBadValueIsNamedAndNoCardNumberIsEverStored() {
        Map<String, String> before = fingerprint();
        Result bad = cli("payment-plans", "create", "--account", "A-2", "--start", "2025-03-01", "--amount", "0",
                "--days", "100", "--next-date", "2025-02-28", "--autopay", "--method", "VISA", "--zip", "1234");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err().lines().toList()).containsExactly("error: 5 problems, nothing saved",
                "  --amount must be more than 0, got 0",
                "  --days must be 1 to 99, got 100",
                "  --next-date 2025-02-28 is before the start 2025-03-01",
                "  --autopay needs --merchant",
                "  --zip must be five digits, got '1234'");
        // a card number anywhere is refused at the CLI's edge, before any other check could repeat it
        Result card = cli("payment-plans", "create", "--account", "A-2", "--start", "2025-03-01", "--amount", "0",
                "--days", "100", "--autopay", "--method", "4111 1111 1111 1111");
        assertThat(card.err()).isEqualTo("error: --method looks like a card number; billcycle never takes card numbers "
                + "(nothing was run)\n");
        assertThat(cli("payment-plans", "create", "--account", "A-2", "--start", "2025-03-01", "--amount", "10",
                "--days", "7", "--card-holder", "Pat 4111-1111-1111-1111").err())
                .isEqualTo("error: --card-holder looks like a card number; billcycle never takes card numbers (nothing was run)\n");
        assertThat(cli("payment-plans", "create", "--account", "A-2", "--start", "2025-03-01", "--amount", "-5",
                "--days", "0").err()).contains("--amount must be more than 0, got -5", "--days must be 1 to 99, got 0");
        assertThat(cli("payment-plans", "create", "--account", "A-9", "--start", "2025-03-01", "--amount", "5", "--days", "7").err())
                .isEqualTo("error: --account: no account 'A-9' in organization ACME\n");
        assertThat(cli("payment-plans", "create", "--account", "A-2", "--start", "2025-03-01", "--amount", "5", "--days", "7",
                "--status-for-default", "ZZ").err()).startsWith("error: --status-for-default: no collection status 'ZZ' in organization ACME");
        Result suppressedGroup = cli("payment-plans", "create", "--account", "A-3", "--start", "2025-03-01", "--amount", "5", "--days", "7");
        assertThat(suppressedGroup.code()).isEqualTo(1);
        assertThat(suppressedGroup.err()).isEqualTo("error: account A-3 is in a billing group that suppresses collections: "
                + "no payment plan for it\n");
        assertThat(fingerprint()).isEqualTo(before);
        // and the database refuses one too, whoever writes
        assertThat(jdbc.queryForObject("select looks_like_card_number('5500-0000-0000-0004')", Boolean.class)).isTrue();
        assertThat(jdbc.queryForObject("select looks_like_card_number('ACH 62701')", Boolean.class)).isFalse();
    }

    @Test
    void oneActivePlanPerAccountAndOnlyAnActivePlanIsCancelled() {
        assertThat(cli("payment-plans", "create", "--account", "A-2", "--start", "2025-03-01", "--amount", "5", "--days", "7").code()).isZero();
        Result second = cli("payment-plans", "create", "--account", "A-2", "--start", "2025-03-01", "--amount", "5", "--days", "7");
        long id = jdbc.queryForObject("select id from payment_plans", Long.class);
        assertThat(second.code()).isEqualTo(1);
        assertThat(second.err()).isEqualTo("error: account A-2 already has active payment plan " + id + "; cancel it first\n");

        assertThat(cli("payment-plans", "cancel", Long.toString(id), "--reason", "moved away").out()).isEqualTo("payment plan " + id + " cancelled\n");
        assertThat(jdbc.queryForObject("select status || ' ' || status_reason from payment_plans", String.class)).isEqualTo("CANCELLED moved away");
        Result again = cli("payment-plans", "cancel", Long.toString(id));
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).isEqualTo("error: payment plan " + id + " is CANCELLED: only an ACTIVE plan can be cancelled\n");
        assertThat(cli("payment-plans", "create", "--account", "A-2", "--start", "2025-04-01", "--amount", "5", "--days", "7").code()).isZero();
    }

    @Test
    void plansAtRiskAreThoseWhoseNextInstallmentIsNotCoveredYet() {
        cli("payment-plans", "create", "--account", "A-1", "--start", "2025-03-01", "--amount", "50", "--days", "14");     // due 03-15
        cli("payment-plans", "create", "--account", "A-2", "--start", "2025-03-01", "--amount", "20", "--days", "7");      // due 03-08
        long third = fixtures.account(org, "A-4");
        cli("payment-plans", "create", "--account", "A-4", "--start", "2025-03-01", "--amount", "30", "--days", "30");     // due 03-31
        payment(inCollections, "2025-03-02", "20.00");
        payment(current, "2025-03-05", "20.00");                  // covered exactly
        payment(third, "2025-02-28", "30.00");                    // before the plan started: does not count

        Result risk = cli("payment-plans", "at-risk", "--date", "2025-03-10", "--days", "5");
        assertThat(risk.code()).as(risk.toString()).isZero();
        assertThat(risk.out().lines().toList()).hasSize(3);
        assertThat(risk.out()).contains("A-1", "2025-03-15", "50.00", "20.00", "30.00")
                .endsWith("1 plan(s) at risk by 2025-03-15, shortfall 30.00 (! = already overdue)\n")
                .doesNotContain("A-2").doesNotContain("A-4");
        assertThat(cli("payment-plans", "at-risk", "--date", "2025-03-10", "--days", "21").out())
                .contains("A-4").endsWith("2 plan(s) at risk by 2025-03-31, shortfall 60.00 (! = already overdue)\n");
    }

    void payment(long account, String date, String amount) {
        jdbc.update("""
                insert into ledger_entries (account_id, entry_date, kind, amount, due_date, created_by)
                values (?, ?::date, 'PAYMENT', ?, ?::date, 'test')""", account, date, new BigDecimal(amount).negate(), date);
    }
}
