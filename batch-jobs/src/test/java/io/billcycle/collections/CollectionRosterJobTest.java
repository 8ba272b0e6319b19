package io.billcycle.collections;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Autowired;

import io.billcycle.batch.BusinessRun;
import io.billcycle.testsupport.JobTest;

/** The collection roster on PostgreSQL: every branch of the rule in one run, reruns, a restart, the collectors' file. */
class CollectionRosterJobTest extends JobTest {

    static final LocalDate D = LocalDate.parse("2025-03-31");

    @Autowired
    Job collectionRosterJob;

    long org;

    @BeforeEach
    void organization() {
        org = fixtures.organization("COLL");
        jdbc.update("""
                insert into collection_statuses (organization_id, code, description, days_to_remain, next_status_code)
                values (?, 'C1', 'First notice', 30, 'C2'), (?, 'C2', 'Second notice', 30, 'AG'), (?, 'AG', 'Agency', null, null),
                       (?, 'PP', 'Payment plan', null, null), (?, 'PF', 'Plan failed', null, null),
                       (?, 'NP', 'Non-delinquent plan', null, null), (?, 'NF', 'Non-delinquent plan failed', null, null)""",
                org, org, org, org, org, org, org);
        jdbc.update("""
                update organizations set collections_enabled = true, collections_days_past_due = 90,
                       collections_min_balance = 25.00, initial_collection_status = 'C1', payment_plan_status = 'PP',
                       payment_plan_failed_status = 'PF', non_delinquent_plan_status = 'NP',
                       non_delinquent_plan_failed_status = 'NF' where id = ?""", org);
    }

    long account(String number, String debit, String due) {
        long id = fixtures.account(org, number);
        entry(id, due, "ADJUSTMENT", debit);
        return id;
    }

    void entry(long account, String date, String kind, String amount) {
        jdbc.update("""
                insert into ledger_entries (account_id, entry_date, kind, amount, due_date, created_by)
                values (?, ?::date, ?, ?, ?::date, 'test')""", account, date, kind, new BigDecimal(amount), date);
    }

    void status(long account, String status, String since, boolean sticky) {
        jdbc.update("update accounts set collection_status = ?, collection_status_date = ?::date, collection_status_sticky = ? where id = ?",
                status, since, sticky, account);
    }

    long plan(long account, String kind, String start, String amount, int days, String next) {
        return jdbc.queryForObject("""
                insert into payment_plans (organization_id, account_id, kind, start_date, payment_amount, payment_days,
                                           next_payment_date, created_by)
                values (?, ?, ?, ?::date, ?, ?, ?::date, 'test') returning id""", Long.class, org, account, kind, start,
                new BigDecimal(amount), days, next);
    }

    /** Every case the rule distinguishes, in account-number order; chunks of 3 spread them over four commits. */
    void everyCase() {
        account("A-01", "100.00", "2024-12-01");                                   // 120 days past due: enters
        account("A-02", "100.00", "2025-01-15");                                   // 75 days: not yet
        account("A-03", "20.00", "2024-12-01");                                    // under the 25.00 minimum
        status(account("A-04", "100.00", "2024-10-01"), "C1", "2025-03-01", false); // 30 days in C1: transfers
        long paidOff = account("A-05", "100.00", "2024-10-01");
        entry(paidOff, "2025-03-20", "PAYMENT", "-100.00");
        status(paidOff, "C2", "2025-01-01", false);
        long suppressed = account("A-06", "100.00", "2024-10-01");
        long group = jdbc.queryForObject("insert into billing_groups (organization_id, code, suppress_collections) values (?, 'LEGAL', true) returning id", Long.class, org);
        jdbc.update("update accounts set billing_group_id = ? where id = ?", group, suppressed);
        long suspended = account("A-07", "100.00", "2024-10-01");
        jdbc.update("update accounts set statements_suspended = true where id = ?", suspended);
        long good = account("A-08", "1000.00", "2024-10-01");
        status(good, "PP", "2025-03-01", false);
        plan(good, "DELINQUENT", "2025-03-01", "50.00", 7, "2025-03-08");
        for (String day : List.of("2025-03-05", "2025-03-12", "2025-03-19", "2025-03-26")) {
            entry(good, day, "PAYMENT", "-50.00");
        }
        long shortOne = account("A-09", "1000.00", "2024-10-01");
        status(shortOne, "PP", "2025-03-01", false);
        plan(shortOne, "DELINQUENT", "2025-03-01", "50.00", 7, "2025-03-08");
        entry(shortOne, "2025-03-05", "PAYMENT", "-50.00");
        entry(shortOne, "2025-03-12", "PAYMENT", "-49.99");
        long became = account("B-01", "100.00", "2024-12-01");
        plan(became, "NON_DELINQUENT", "2025-03-01", "20.00", 30, "2025-03-31");
        status(account("B-02", "100.00", "2024-10-01"), "PF", "2025-01-01", true);  // sticky: stays
        long late = account("B-03", "300.00", "2025-03-01");
        plan(late, "NON_DELINQUENT", "2025-03-01", "50.00", 7, "2025-03-08");
        entry(late, "2025-03-09", "PAYMENT", "-50.00");                              // a day after the first installment
        jdbc.update("update accounts set collector_group = 'TEAM-A' where organization_id = ?", org);
    }

    List<String> roster() {
        return jdbc.queryForList("""
                select a.account_number || ' ' || coalesce(r.from_status, '-') || ' -> ' || coalesce(r.to_status, '-') || ' '
                       || r.reason || coalesce(' plan ' || r.plan_status, '') || ': ' || r.detail
                  from collection_roster r join accounts a on a.id = r.account_id
                 where r.run_date = ? order by a.account_number""", String.class, D);
    }

    Map<String, List<String>> state() {
        return Map.of("roster", jdbc.queryForList("""
                        select account_id || ' ' || run_date || ' ' || coalesce(from_status, '-') || ' ' || coalesce(to_status, '-')
                               || ' ' || reason || ' ' || detail || ' ' || balance || ' ' || past_due
                          from collection_roster order by account_id""", String.class),
                "accounts", jdbc.queryForList("""
                        select account_number || ' ' || coalesce(collection_status, '-') || ' '
                               || coalesce(collection_status_date::text, '-') || ' ' || collection_status_sticky
                          from accounts order by account_number""", String.class),
                "plans", jdbc.queryForList("""
                        select a.account_number || ' ' || p.status || ' ' || p.next_payment_date || ' '
                               || coalesce(p.last_payment_date::text, '-') || ' ' || coalesce(p.last_payment_amount::text, '-')
                          from payment_plans p join accounts a on a.id = p.account_id order by a.account_number""", String.class));
    }

    @Test
    void everyBranchOfTheRuleInOneRun() throws Exception {
        everyCase();

        assertThat(launch(collectionRosterJob, params(D)).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(roster()).containsExactly(
                "A-01 - -> C1 ENTERED: 100.00 past due over 90 days (minimum 25.00): enters collections",
                "A-04 C1 -> C2 TRANSFERRED: in C1 since 2025-03-01 (30 days, 30 to remain): C1 -> C2",
                "A-05 C2 -> - PAID_OFF: balance 0.00: paid off, leaves collections",
                "A-09 PP -> PF PLAN_DEFAULTED plan DEFAULTED: installment of 50.00 due 2025-03-15 not met: 49.99 paid "
                        + "from 2025-03-09; plan " + planOf("A-09") + " defaulted",
                "B-01 - -> C1 BECAME_DELINQUENT plan DEFAULTED: 100.00 past due over 90 days (minimum 25.00): "
                        + "non-delinquent plan " + planOf("B-01") + " defaulted, enters collections",
                "B-03 - -> NF PLAN_DEFAULTED plan DEFAULTED: installment of 50.00 due 2025-03-08 not met: 0.00 paid "
                        + "from 2025-03-01; plan " + planOf("B-03") + " defaulted");
        assertThat(state().get("accounts")).containsExactly(
                "A-01 C1 2025-03-31 false", "A-02 - - false", "A-03 - - false", "A-04 C2 2025-03-31 false",
                "A-05 - 2025-03-31 false", "A-06 - - false", "A-07 - - false", "A-08 PP 2025-03-01 false",
                "A-09 PF 2025-03-31 true", "B-01 C1 2025-03-31 false", "B-02 PF 2025-01-01 true", "B-03 NF 2025-03-31 true");
        assertThat(state().get("plans")).containsExactly(
                "A-08 ACTIVE 2025-04-05 2025-03-26 50.00",      // four installments met, to March 29
                "A-09 DEFAULTED 2025-03-15 2025-03-05 50.00",   // the first met, the second one cent short
                "B-01 DEFAULTED 2025-03-31 - -",
                "B-03 DEFAULTED 2025-03-08 - -");

        String file = Files.readString(exportDir().resolve("collection-roster/collection-roster-COLL-2025-03-31.csv"));
        assertThat(file.lines().findFirst().orElseThrow()).isEqualTo(
                "run_date,account_number,account_name,from_status,to_status,reason,balance,past_due,collector_group,detail");
        assertThat(file).contains("2025-03-31,A-05,Holder of A-05,C2,,PAID_OFF,0.00,0.00,TEAM-A,"
                + "\"balance 0.00: paid off, leaves collections\"\r\n");
        assertThat(file.lines().count()).isEqualTo(7);
    }

    long planOf(String accountNumber) {
        return jdbc.queryForObject("select p.id from payment_plans p join accounts a on a.id = p.account_id where a.account_number = ?",
                Long.class, accountNumber);
    }

    @Test
    void aRerunAndAForcedRunChangeNothingAndARestartEndsLikeOneCleanRun() throws Exception {
        everyCase();
        launch(collectionRosterJob, params(D));
        Map<String, List<String>> clean = state();
        assertThat(launch(collectionRosterJob, BusinessRun.forced(params(D), "again")).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(state()).isEqualTo(clean);

        emptyTables();
        organization();
        everyCase();
        long failing = jdbc.queryForObject("select id from accounts where account_number = 'B-01'", Long.class);
        jdbc.execute("""
                create function fail_once() returns trigger language plpgsql as $$
                begin
                  if new.account_id = %d then raise exception 'injected failure'; end if;
                  return new;
                end $$""".formatted(failing));
        jdbc.execute("create trigger fail_once before insert on collection_roster for each row execute function fail_once()");
        try {
            assertThat(launch(collectionRosterJob, params(D)).getStatus()).isEqualTo(BatchStatus.FAILED);
            // read (A-06 and A-07 are never read): A-01 A-02 A-03 | A-04 A-05 A-08 | A-09 B-01 B-02 | B-03. The two
            // chunks before B-01's committed: changed, and A-08's plan moved on
            assertThat(jdbc.queryForObject("select count(*) from collection_roster", Integer.class)).isEqualTo(3);
            assertThat(state().get("plans")).first().asString().isEqualTo("A-08 ACTIVE 2025-04-05 2025-03-26 50.00");
        } finally {
            jdbc.execute("drop trigger fail_once on collection_roster");
            jdbc.execute("drop function fail_once()");
        }
        assertThat(launch(collectionRosterJob, params(D)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Map<String, List<String>> restarted = state();
        assertThat(restarted.get("accounts")).isEqualTo(clean.get("accounts"));
        assertThat(restarted.get("plans")).isEqualTo(clean.get("plans"));
        assertThat(restarted.get("roster").stream().map(r -> r.substring(r.indexOf(' '))).toList())
                .isEqualTo(clean.get("roster").stream().map(r -> r.substring(r.indexOf(' '))).toList());
    }
}
