package io.billcycle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever the split, the same result: a partitioned job run with 1 partition and with 3 leaves the same rows and
 * writes the same files, byte for byte; the summary adds the partitions up and {@code execution ID} lists them.
 */
class PartitionedRunTest extends CliTest {

    static final String D = "2024-03-31";

    /** Two organizations of accounts whose ledgers vary: past due, within the grace days, paid up, none at all. */
    void receivables() {
        for (String code : List.of("ACME", "BETA")) {
            long org = fixtures.organization(code);
            jdbc.update("""
                    update organizations set finance_charges_enabled = true, finance_charge_annual_rate = 18.000,
                           finance_charge_minimum = 1.00, finance_charge_min_balance = 5.00, finance_charge_grace_days = 30
                     where id = ?""", org);
            jdbc.update("""
                    insert into accounts (organization_id, account_number, name)
                    select ?, ? || '-' || lpad(n::text, 3, '0'), 'Holder ' || n from generate_series(1, 40) n""", org, code);
            collections(org);
        }
        // billing plans, monthly from various starts: some periods behind, some ended, some not due yet
        jdbc.update("""
                insert into billing_plans (organization_id, account_id, subject, amount, frequency, start_date,
                                           next_period_start, end_date)
                select a.organization_id, a.id, 'Service ' || a.id, 10 + a.id % 90, 'MONTHLY',
                       date '2023-11-30' + (a.id * 11 % 140)::int, date '2023-11-30' + (a.id * 11 % 140)::int,
                       case when a.id % 7 = 0 then date '2023-11-30' + (a.id * 11 % 140)::int + 75 end
                  from accounts a where a.id % 5 <> 0""");
        // a few accounts already in collections, one of them for long enough to move on
        jdbc.update("update accounts set collection_status = 'C1', collection_status_date = date '2023-12-01' where id % 11 = 0");
        jdbc.update("""
                insert into ledger_entries (account_id, entry_date, kind, amount, due_date, created_by)
                select a.id, date '2023-12-01' + (a.id * 7 % 110)::int, 'ADJUSTMENT', 10 + (a.id * 37 % 500),
                       date '2023-12-01' + (a.id * 7 % 110)::int, 'test'
                  from accounts a where a.id % 9 <> 0""");
        jdbc.update("""
                insert into ledger_entries (account_id, entry_date, kind, amount, due_date, created_by)
                select a.id, date '2024-03-01', 'PAYMENT', -(a.id * 13 % 200), date '2024-03-01', 'test'
                  from accounts a where a.id % 4 = 0""");
    }

    void collections(long org) {
        jdbc.update("""
                insert into collection_statuses (organization_id, code, description, days_to_remain, next_status_code)
                values (?, 'C1', 'First notice', 30, 'AG'), (?, 'AG', 'Agency', null, null), (?, 'PP', 'Plan', null, null),
                       (?, 'PF', 'Plan failed', null, null), (?, 'NP', 'Plan', null, null), (?, 'NF', 'Plan failed', null, null)""",
                org, org, org, org, org, org);
        jdbc.update("""
                update organizations set collections_enabled = true, collections_days_past_due = 60,
                       collections_min_balance = 25.00, initial_collection_status = 'C1', payment_plan_status = 'PP',
                       payment_plan_failed_status = 'PF', non_delinquent_plan_status = 'NP',
                       non_delinquent_plan_failed_status = 'NF' where id = ?""", org);
    }

    Map<String, List<String>> state() {
        return RunOutcome.state(jdbc);
    }

    Map<String, String> files() throws IOException {
        return RunOutcome.files(EXPORTS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"invoice-generation", "finance-charge-assessment", "statement-cycle", "collection-roster"})
    void threePartitionsEndExactlyLikeOne(String job) throws Exception {
        receivables();
        Result one = cli("run", job, "--date", D, "--org", "ACME", "--partitions", "1");
        assertThat(one.code()).as(one.toString()).isZero();
        Map<String, List<String>> state = state();
        Map<String, String> files = files();
        assertThat(state.get(Map.of("invoice-generation", "invoices", "finance-charge-assessment", "charges",
                "statement-cycle", "statements", "collection-roster", "roster").get(job))).as("the job had work to split")
                .hasSizeGreaterThan(8);
        emptyTables();
        emptyExportDir();
        receivables();

        Result three = cli("run", job, "--date", D, "--org", "ACME", "--partitions", "3");

        assertThat(three.code()).as(three.toString()).isZero();
        assertThat(state()).isEqualTo(state);
        assertThat(files()).isEqualTo(files);
        assertThat(three.out()).contains("3 partition(s)");
        Result execution = cli("execution", "1");
        assertThat(execution.out().lines().filter(line -> line.trim().startsWith("partition"))).hasSize(3)
                .allSatisfy(line -> assertThat(line).contains("COMPLETED", " ids ", "/" + ProcessHandle.current().pid()));
        assertThat(cli("executions").out().lines().filter(line -> line.contains(job))).hasSize(1);
    }

    @org.junit.jupiter.api.Test
    void aFailedPartitionIsAllARestartRunsAgainAndTheRunEndsLikeACleanOne() throws Exception {
        receivables();
        assertThat(cli("run", "invoice-generation", "--date", D, "--org", "ACME", "--partitions", "1").code()).isZero();
        Map<String, List<String>> clean = state();
        Map<String, String> files = files();
        emptyTables();
        emptyExportDir();
        receivables();
        // the last ACME plan fails: it lies in the third partition
        long last = jdbc.queryForObject("""
                select max(p.id) from billing_plans p join organizations o on o.id = p.organization_id where o.code = 'ACME'""",
                Long.class);
        jdbc.execute("""
                create function fail_plan() returns trigger language plpgsql as $$
                begin if new.billing_plan_id = %d then raise exception 'injected failure'; end if; return new; end $$"""
                .formatted(last));
        jdbc.execute("create trigger fail_plan before insert on invoice_drafts for each row execute function fail_plan()");
        try {
            Result failed = cli("run", "invoice-generation", "--date", D, "--org", "ACME", "--partitions", "3");
            assertThat(failed.code()).as(failed.toString()).isEqualTo(1);
            assertThat(failed.err()).startsWith("error: invoice-generation failed in step invoice-due-plans: ")
                    .contains("injected failure");
            assertThat(jdbc.queryForList("""
                    select status from batch_step_execution where step_name like 'invoice-due-plans-worker:partition%'
                     order by step_name""", String.class)).containsExactly("COMPLETED", "COMPLETED", "FAILED");
        } finally {
            jdbc.execute("drop trigger fail_plan on invoice_drafts");
            jdbc.execute("drop function fail_plan()");
        }

        Result restarted = cli("restart", "1");

        assertThat(restarted.code()).as(restarted.toString()).isZero();
        // only the failed partition ran again, with the range it had
        assertThat(jdbc.queryForList("""
                select s.job_execution_id || ' ' || s.step_name || ' ' || s.status from batch_step_execution s
                 where s.step_name like 'invoice-due-plans-worker:partition%' order by s.step_execution_id""", String.class))
                .containsExactly("1 invoice-due-plans-worker:partition0 COMPLETED", "1 invoice-due-plans-worker:partition1 COMPLETED",
                        "1 invoice-due-plans-worker:partition2 FAILED", "2 invoice-due-plans-worker:partition2 COMPLETED");
        assertThat(state()).isEqualTo(clean);
        assertThat(files()).isEqualTo(files);
    }
}
