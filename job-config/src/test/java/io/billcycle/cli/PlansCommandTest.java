package io.billcycle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bulk plan actions through the CLI: atomic, every problem listed, history written. */
class PlansCommandTest extends CliTest {

    long acme;
    long a1;
    long a2;
    long voided;
    long other;

    @BeforeEach
    void plans() {
        acme = fixtures.organization("ACME");
        long account = fixtures.account(acme, "A-1");
        a1 = fixtures.plan(acme, account).start("2024-01-31").nextPeriodStart("2024-03-31").create();
        a2 = fixtures.plan(acme, account).frequency("WEEKLY").start("2024-01-01").create();
        voided = fixtures.plan(acme, fixtures.account(acme, "A-2")).status("VOIDED").create();
        long globex = fixtures.organization("GLOBEX");
        other = fixtures.plan(globex, fixtures.account(globex, "G-1")).create();
    }

    List<String> statuses() {
        return jdbc.queryForList("select id || ' ' || status || ' ' || next_period_start from billing_plans order by id", String.class);
    }

    int historyRows() {
        return jdbc.queryForObject("select count(*) from billing_plan_status_changes", Integer.class);
    }

    @Test
    void aBulkPauseWithOneBadPlanChangesNothingAndListsEveryProblem() {
        List<String> before = statuses();
        Result refused = cli("plans", "pause", "--org", "ACME", "--ids", a1 + "," + a2 + ",999," + voided + "," + other);
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("error: pause refused, nothing changed (3 problems)")
                .contains("plan 999: unknown id")
                .contains("plan " + voided + ": status VOIDED cannot be changed to PAUSED")
                .contains("plan " + other + ": belongs to organization GLOBEX");
        assertThat(statuses()).isEqualTo(before);
        assertThat(historyRows()).isZero();
    }

    @Test
    void pauseThenPauseAgainReportsUnchangedAndWritesHistoryOnce() {
        Result paused = cli("plans", "pause", "--org", "ACME", "--ids", a1 + "," + a2, "--date", "2024-04-10",
                "--reason", "student on leave");
        assertThat(paused.code()).as(paused.toString()).isZero();
        assertThat(paused.out()).contains("pause: 2 plan(s) changed to PAUSED");
        assertThat(jdbc.queryForList("""
                select from_status || '>' || to_status || ' ' || effective_date || ' ' || reason
                  from billing_plan_status_changes order by billing_plan_id""", String.class))
                .containsExactly("ACTIVE>PAUSED 2024-04-10 student on leave", "ACTIVE>PAUSED 2024-04-10 student on leave");
        Result again = cli("plans", "pause", "--org", "ACME", "--ids", String.valueOf(a1));
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("pause: 0 plan(s) changed").contains("unchanged, already PAUSED: 1 plan(s) (" + a1 + ")");
        assertThat(historyRows()).isEqualTo(2);
    }

    @Test
    void resumeSkipsThePeriodsThatStartedWhilePaused() {
        cli("plans", "pause", "--org", "ACME", "--ids", String.valueOf(a1), "--date", "2024-03-20");
        Result resumed = cli("plans", "resume", "--org", "ACME", "--ids", String.valueOf(a1), "--date", "2024-06-15");
        assertThat(resumed.code()).as(resumed.toString()).isZero();
        assertThat(jdbc.queryForObject("select status || ' ' || next_period_start from billing_plans where id = ?",
                String.class, a1)).isEqualTo("ACTIVE 2024-06-30");
        // the next run bills the upcoming period only
        assertThat(cli("run", "invoice-generation", "--date", "2024-06-30", "--org", "ACME").code()).isZero();
        assertThat(jdbc.queryForList("select period_start::text from invoices where billing_plan_id = ?", String.class, a1))
                .containsExactly("2024-06-30");
    }

    @Test
    void anEndedPlanCannotBeResumed() {
        long ended = fixtures.plan(acme, fixtures.account(acme, "A-3")).start("2024-01-01").end("2024-05-31")
                .status("PAUSED").create();
        Result refused = cli("plans", "resume", "--org", "ACME", "--ids", ended + "," + a1, "--date", "2024-06-01");
        assertThat(refused.code()).isEqualTo(1);
        // the ACTIVE plan alone would be "unchanged", not a problem; the ended one refuses the whole action
        assertThat(refused.err()).contains("resume refused, nothing changed (1 problem)")
                .contains("plan " + ended + ": ended: end date 2024-05-31 is before the resume date 2024-06-01")
                .doesNotContain("plan " + a1 + ":");
        assertThat(jdbc.queryForObject("select status from billing_plans where id = ?", String.class, ended)).isEqualTo("PAUSED");
        assertThat(historyRows()).isZero();
    }

    @Test
    void voidByAccountTouchesOnlyThatAccount() {
        Result result = cli("plans", "void", "--org", "ACME", "--account", "A-1");
        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(statuses()).containsExactly(a1 + " VOIDED 2024-03-31", a2 + " VOIDED 2024-01-01",
                voided + " VOIDED 2024-01-01", other + " ACTIVE 2024-01-01");
        assertThat(cli("plans", "void", "--org", "ACME", "--account", "NOPE").err()).contains("account NOPE: unknown");
    }

    @Test
    void aPlanFileWithABadRowIsRejectedWholeWithEveryProblem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plans.csv");
        Files.writeString(file, "plan_id,note\n" + a1 + ",ok\nabc,typo\n" + a2 + ",ok\n,empty\n999999,unknown\n");
        Result rejected = cli("plans", "pause", "--org", "ACME", "--file", file.toString());
        assertThat(rejected.code()).isEqualTo(2);
        // the bad rows and the unknown id, in one answer
        assertThat(rejected.err().lines().toList()).containsExactly("error: pause refused, nothing changed (3 problems)",
                "  file plans.csv, row 3 column plan_id: 'abc' is not a plan id",
                "  file plans.csv, row 5 column plan_id: '' is not a plan id",
                "  plan 999999: unknown id");
        assertThat(historyRows()).isZero();
        Files.writeString(file, "plan_id\n" + a1 + "\n" + a2 + "\n");
        assertThat(cli("plans", "pause", "--org", "ACME", "--file", file.toString()).code()).isZero();
        assertThat(historyRows()).isEqualTo(2);
        Files.writeString(file, "id\n1\n");
        assertThat(cli("plans", "pause", "--org", "ACME", "--file", file.toString()).err()).contains("has no column plan_id");
    }

    @Test
    void selectionAndOrganizationAreRequired() {
        assertThat(cli("plans", "pause", "--org", "ACME").code()).isEqualTo(2);
        assertThat(cli("plans", "pause", "--org", "ACME", "--ids", "1", "--account", "A-1").code()).isEqualTo(2);
        Result noOrg = cli("plans", "pause", "--ids", String.valueOf(a1));
        assertThat(noOrg.code()).isEqualTo(2);
        assertThat(noOrg.err()).contains("--org is required: there are several organizations (ACME, GLOBEX)");
    }

    @Test
    void listShowsPlansOfTheOrganization() {
        Result list = cli("plans", "list", "--org", "ACME", "--status", "ACTIVE");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains(" " + a1 + "  ACTIVE").contains(" " + a2 + "  ACTIVE").doesNotContain("VOIDED");
    }
}
