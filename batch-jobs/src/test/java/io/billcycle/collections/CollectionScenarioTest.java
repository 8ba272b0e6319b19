package io.billcycle.collections;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Autowired;

import io.billcycle.testsupport.JobTest;

/**
 * Five weekly roster runs with weekly installments between them: one plan kept throughout, one paid one cent short in
 * its second week, one missed in its third, checked run by run (statuses, plans, roster rows).
 */
class CollectionScenarioTest extends JobTest {

    @Autowired
    Job collectionRosterJob;

    long org;

    void organization() {
        org = fixtures.organization("WEEK");
        jdbc.update("""
                insert into collection_statuses (organization_id, code, description, days_to_remain, next_status_code)
                values (?, 'AG', 'Agency', null, null), (?, 'C1', 'First notice', 60, 'AG'), (?, 'PP', 'Payment plan', null, null),
                       (?, 'PF', 'Plan failed', 7, 'AG'), (?, 'NP', 'Early plan', null, null), (?, 'NF', 'Early plan failed', null, null)""",
                org, org, org, org, org, org);
        jdbc.update("""
                update organizations set collections_enabled = true, collections_days_past_due = 90,
                       collections_min_balance = 25.00, initial_collection_status = 'C1', payment_plan_status = 'PP',
                       payment_plan_failed_status = 'PF', non_delinquent_plan_status = 'NP',
                       non_delinquent_plan_failed_status = 'NF' where id = ?""", org);
    }

    long account(String number, String debit, String due, String status) {
        long id = fixtures.account(org, number);
        entry(id, due, "ADJUSTMENT", debit);
        if (status != null) {
            jdbc.update("update accounts set collection_status = ?, collection_status_date = '2025-01-01' where id = ?", status, id);
        }
        return id;
    }

    void entry(long account, String date, String kind, String amount) {
        jdbc.update("""
                insert into ledger_entries (account_id, entry_date, kind, amount, due_date, created_by)
                values (?, ?::date, ?, ?, ?::date, 'test')""", account, date, kind, new BigDecimal(amount), date);
    }

    void pay(long account, String date, String amount) {
        entry(account, date, "PAYMENT", "-" + amount);
    }

    void weeklyPlan(long account, String kind) {
        jdbc.update("""
                insert into payment_plans (organization_id, account_id, kind, start_date, payment_amount, payment_days,
                                           next_payment_date, created_by)
                values (?, ?, ?, '2025-02-01', 50.00, 7, '2025-02-08', 'test')""", org, account, kind);
    }

    void run(String date) throws Exception {
        assertThat(launch(collectionRosterJob, params(LocalDate.parse(date))).getStatus()).isEqualTo(BatchStatus.COMPLETED);
    }

    List<String> accounts() {
        return jdbc.queryForList("""
                select a.account_number || ' ' || coalesce(a.collection_status, '-') || ' ' || a.collection_status_sticky
                       || ' plan ' || p.status || ' next ' || p.next_payment_date || ' last ' || coalesce(p.last_payment_date::text, '-')
                  from accounts a join payment_plans p on p.account_id = a.id order by a.account_number""", String.class);
    }

    List<String> roster(String date) {
        return jdbc.queryForList("""
                select a.account_number || ' ' || coalesce(r.from_status, '-') || '->' || coalesce(r.to_status, '-') || ' ' || r.reason
                  from collection_roster r join accounts a on a.id = r.account_id
                 where r.run_date = ?::date order by a.account_number""", String.class, date);
    }

    @Test
    void weekByWeek() throws Exception {
        organization();
        long kept = account("K", "500.00", "2024-09-01", "C1");
        long shortOne = account("S", "500.00", "2024-09-01", "C1");
        long missed = account("M", "500.00", "2024-09-01", "C1");
        long early = account("N", "300.00", "2025-01-15", null);     // not delinquent: a plan before collections
        for (long a : List.of(kept, shortOne, missed)) {
            weeklyPlan(a, "DELINQUENT");
        }
        weeklyPlan(early, "NON_DELINQUENT");

        // week 0: the plans put their accounts in the plan statuses
        run("2025-02-01");
        assertThat(roster("2025-02-01")).containsExactly("K C1->PP PLAN_ACTIVE", "M C1->PP PLAN_ACTIVE",
                "N -->NP PLAN_ACTIVE", "S C1->PP PLAN_ACTIVE");

        // week 1: everyone pays the first installment (due 02-08) in time, M on the very day it is due
        pay(kept, "2025-02-06", "50.00");
        pay(shortOne, "2025-02-03", "50.00");
        pay(missed, "2025-02-08", "50.00");
        pay(early, "2025-02-01", "50.00");                            // on the start date: counts for the first one
        run("2025-02-09");
        assertThat(roster("2025-02-09")).isEmpty();
        assertThat(accounts()).containsExactly(
                "K PP false plan ACTIVE next 2025-02-15 last 2025-02-06",
                "M PP false plan ACTIVE next 2025-02-15 last 2025-02-08",
                "N NP false plan ACTIVE next 2025-02-15 last 2025-02-01",
                "S PP false plan ACTIVE next 2025-02-15 last 2025-02-03");

        // week 2: S pays one cent short; the others pay, N twice in one week (the second does not carry over)
        pay(kept, "2025-02-13", "50.00");
        pay(shortOne, "2025-02-15", "49.99");
        pay(missed, "2025-02-10", "50.00");
        pay(early, "2025-02-09", "50.00");
        pay(early, "2025-02-10", "50.00");
        run("2025-02-16");
        assertThat(roster("2025-02-16")).containsExactly("S PP->PF PLAN_DEFAULTED");
        assertThat(accounts()).containsExactly(
                "K PP false plan ACTIVE next 2025-02-22 last 2025-02-13",
                "M PP false plan ACTIVE next 2025-02-22 last 2025-02-10",
                "N NP false plan ACTIVE next 2025-02-22 last 2025-02-10",
                "S PF true plan DEFAULTED next 2025-02-15 last 2025-02-03");

        // week 3: M misses; N pays only on the 23rd, a day late; K pays
        pay(kept, "2025-02-20", "50.00");
        pay(early, "2025-02-23", "50.00");
        run("2025-02-23");
        assertThat(roster("2025-02-23")).containsExactly("M PP->PF PLAN_DEFAULTED", "N NP->NF PLAN_DEFAULTED");
        assertThat(accounts()).containsExactly(
                "K PP false plan ACTIVE next 2025-03-01 last 2025-02-20",
                "M PF true plan DEFAULTED next 2025-02-22 last 2025-02-10",
                "N NF true plan DEFAULTED next 2025-02-22 last 2025-02-10",
                "S PF true plan DEFAULTED next 2025-02-15 last 2025-02-03");

        // week 4: PF would move to AG after 7 days, but a status reached by a default is sticky; K keeps paying
        pay(kept, "2025-02-27", "50.00");
        run("2025-03-02");
        assertThat(roster("2025-03-02")).isEmpty();
        assertThat(accounts()).first().asString().isEqualTo("K PP false plan ACTIVE next 2025-03-08 last 2025-02-27");
        assertThat(jdbc.queryForList("select collection_status from accounts order by account_number", String.class))
                .containsExactly("PP", "PF", "NF", "PF");
    }
}
