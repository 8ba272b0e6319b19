package io.billcycle.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.billcycle.database.HeldTransaction;
import io.billcycle.operations.LaunchLock;

/** Launch semantics, restarts and exit codes, through the CLI. */
@Import(ChunkGate.Installed.class)
class RunCommandsTest extends CliTest {

    static final String D = "2024-03-31";

    @Autowired
    LaunchLock launchLock;

    @Autowired
    ChunkGate gate;

    /** Ten monthly plans, each three periods behind at D; organization with 10 days' terms. */
    void tenPlans() {
        long org = fixtures.organization("ACME", 10, 12);
        for (int i = 1; i <= 10; i++) {
            long account = fixtures.account(org, "A-" + i);
            fixtures.plan(org, account).subject("Student " + i).amount(i + "0.00").start("2024-01-31").create();
        }
    }

    @AfterEach
    void removeInjectedFailure() {
        for (String name : List.of("inject_failure")) {
            jdbc.execute("drop trigger if exists " + name + " on invoice_drafts");
            jdbc.execute("drop function if exists " + name + "()");
        }
    }

    void injectFailureForPlan(long planId) {
        jdbc.execute("""
                create function inject_failure() returns trigger language plpgsql as $$
                begin
                  if new.billing_plan_id = %d then raise exception 'injected failure for plan %d'; end if;
                  return new;
                end $$""".formatted(planId, planId));
        jdbc.execute("create trigger inject_failure before insert on invoice_drafts for each row execute function inject_failure()");
    }

    /** Everything a run decides, without generated ids and execution ids. */
    Map<String, List<String>> state() {
        return Map.of(
                "invoices", jdbc.queryForList("""
                        select invoice_number || ' plan ' || billing_plan_id || ' ' || period_start || '..' || period_end
                               || ' issued ' || issue_date || ' due ' || due_date || ' ' || amount || ' ' || status
                          from invoices order by invoice_number""", String.class),
                "ledger", jdbc.queryForList("""
                        select i.invoice_number || ' ' || l.kind || ' ' || l.amount || ' ' || l.entry_date || ' due ' || l.due_date
                          from ledger_entries l join invoices i on i.id = l.invoice_id order by i.invoice_number""", String.class),
                "plans", jdbc.queryForList("select id || ' ' || status || ' ' || next_period_start from billing_plans order by id",
                        String.class),
                "numbers", jdbc.queryForList("""
                        select o.code || ' ' || coalesce(c.last_number, 0)
                          from organizations o left join invoice_number_counters c on c.organization_id = o.id
                         order by o.code""", String.class));
    }

    @Test
    void aRerunAndAForcedRerunAddNothing() throws Exception {
        tenPlans();
        Result first = cli("run", "invoice-generation", "--date", D);
        assertThat(first.code()).as(first.toString()).isZero();
        assertThat(first.out()).contains("invoice-generation execution 1: COMPLETED");
        Map<String, List<String>> afterFirst = state();
        assertThat(afterFirst.get("invoices")).hasSize(30);
        Path csv = EXPORTS.resolve("invoice-generation/invoice-generation-ACME-" + D + ".csv");
        byte[] firstFile = Files.readAllBytes(csv);

        Result again = cli("run", "invoice-generation", "--date", D);
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("already completed (execution 1); nothing to do");
        assertThat(state()).isEqualTo(afterFirst);

        Result forced = cli("run", "invoice-generation", "--date", D, "--force");
        assertThat(forced.code()).as(forced.toString()).isZero();
        assertThat(forced.out()).contains("execution 2: COMPLETED");
        assertThat(state()).isEqualTo(afterFirst);
        assertThat(Files.readAllBytes(csv)).isEqualTo(firstFile);
        assertThat(jdbc.queryForObject("select count(*) from batch_job_instance", Integer.class)).isEqualTo(2);
    }

    @Test
    void aFailureMidJobThenRestartEndsExactlyLikeOneCleanRun() throws Exception {
        tenPlans();
        cli("run", "invoice-generation", "--date", D);
        Map<String, List<String>> clean = state();
        emptyTables();

        tenPlans();
        injectFailureForPlan(8);   // chunks of 3 plans: plans 1-6 commit, the chunk with plan 8 fails
        Result failed = cli("run", "invoice-generation", "--date", D);
        assertThat(failed.code()).as(failed.toString()).isEqualTo(1);
        assertThat(failed.out()).contains("FAILED").contains("injected failure for plan 8");
        // written as drafts: the step after the partitions numbers and issues them
        assertThat(jdbc.queryForObject("select count(distinct billing_plan_id) from invoice_drafts", Integer.class)).isEqualTo(6);

        removeInjectedFailure();
        Result restarted = cli("restart", "1");
        assertThat(restarted.code()).as(restarted.toString()).isZero();
        assertThat(restarted.out()).contains("execution 2: COMPLETED");
        assertThat(state()).isEqualTo(clean);
    }

    @Test
    @SuppressWarnings("unchecked")
    void afterARestartTheSummaryAndTheListingCountTheWholeInstance() throws Exception {
        long org = fixtures.organization("ACME", 10, 12);
        fixtures.plan(org, fixtures.account(org, "A-1")).start("2022-01-31").create();   // 27 periods due: parked
        for (int i = 2; i <= 10; i++) {
            fixtures.plan(org, fixtures.account(org, "A-" + i)).start("2024-01-31").create();
        }
        injectFailureForPlan(8);   // chunks of 3: plans 1-3 (one parked) and 4-6 commit, 7-9 fails
        assertThat(cli("run", "invoice-generation", "--date", D).code()).isEqualTo(1);
        removeInjectedFailure();

        Result restarted = cli("restart", "1");

        assertThat(restarted.code()).as(restarted.toString()).isZero();
        // the parked plan is read again by the restart (it stays due), and is parked once
        long read = jdbc.queryForObject("select sum(read_count) from batch_step_execution where step_name = 'invoice-due-plans'",
                Long.class);
        assertThat(read).isGreaterThan(10);
        assertThat(restarted.out())
                .contains("(counts over the instance's 2 executions)")
                .containsPattern("invoice-due-plans +COMPLETED +" + read + " +[0-9]+ +0 +0 +4 +plans, 1 parked")
                .containsPattern("export-invoices +COMPLETED +27 +27 ")
                .contains("1 plan(s) parked: more periods due than their organization allows in one run; list them with: "
                        + "billcycle plans list --org ACME --parked-on " + D);
        Result listing = cli("executions");
        assertThat(listing.out().lines().filter(line -> line.contains("invoice-generation")))
                .anySatisfy(line -> assertThat(line).matches(" *2  invoice-generation .*").contains(read + " plans, 27 invoices issued, 0 plans ended, 27 invoices exported"))
                .anySatisfy(line -> assertThat(line).matches(" *1  invoice-generation .*").contains("FAILED").doesNotContain("exported"));
        // the same for scripts
        Result json = cli("executions", "--format", "json", "--job", "invoice-generation");
        assertThat(json.code()).as(json.toString()).isZero();
        List<Map<String, Object>> rows = new ObjectMapper().readValue(json.out(), List.class);
        assertThat(rows).extracting(r -> r.get("id"), r -> r.get("status")).containsExactly(
                tuple(2, "COMPLETED"), tuple(1, "FAILED"));
        assertThat(rows.get(0)).containsEntry("job", "invoice-generation")
                .containsEntry("counts", read + " plans, 27 invoices issued, 0 plans ended, 27 invoices exported")
                .containsEntry("parameters", "date=" + D + " org=ACME");
        Result yaml = cli("executions", "--format", "yaml");
        assertThat(yaml.code()).isEqualTo(2);
        assertThat(yaml.err()).isEqualTo("error: --format expected one of [text, json] (case-insensitive) but was 'yaml' "
                + "(see: billcycle executions --help)\n");
    }

    @Test
    void stopHaltsARunningJobAtAChunkBoundaryAndRestartFinishesIt() throws Exception {
        tenPlans();
        cli("run", "invoice-generation", "--date", D);
        Map<String, List<String>> clean = state();
        emptyTables();

        tenPlans();
        gate.arm("invoice-due-plans");
        CompletableFuture<Result> running = CompletableFuture.supplyAsync(() -> cli("run", "invoice-generation", "--date", D));
        gate.awaitHeld();   // the first chunk is written, not yet committed

        Result stop = cli("stop", "1");
        gate.release();

        assertThat(stop.code()).as(stop.toString()).isZero();
        assertThat(stop.out()).contains("execution 1 will stop after its current chunk");
        Result stopped = running.join();
        assertThat(stopped.code()).as(stopped.toString()).isEqualTo(1);
        assertThat(stopped.out()).contains("invoice-generation execution 1: STOPPED");
        // the chunk in flight commits, then the step stops: exactly one chunk of 3 plans
        assertThat(jdbc.queryForObject("select count(distinct billing_plan_id) from invoice_drafts", Integer.class)).isEqualTo(3);

        Result restarted = cli("restart", "1");
        assertThat(restarted.code()).as(restarted.toString()).isZero();
        assertThat(restarted.out()).contains("execution 2: COMPLETED");
        assertThat(state()).isEqualTo(clean);
    }

    /**
     * A stop raced against chunks committing at full speed: whether it lands before the run completes is the
     * machine's business, so both endings are right, and both end with every invoice once.
     */
    @Test
    void stopAtFullSpeedStopsAtAChunkBoundaryOrFindsTheRunCompleted() throws Exception {
        long org = fixtures.organization("ACME", 10, 12);
        jdbc.update("""
                insert into accounts (organization_id, account_number, name)
                select ?, 'A-' || n, 'Holder ' || n from generate_series(1, 1500) n""", org);
        jdbc.update("""
                insert into billing_plans (organization_id, account_id, subject, amount, frequency, start_date, next_period_start)
                select organization_id, id, 'Student', 10.00, 'MONTHLY', date '2024-01-31', date '2024-01-31'
                  from accounts""");
        gate.arm("invoice-due-plans");
        CompletableFuture<Result> running = CompletableFuture.supplyAsync(() -> cli("run", "invoice-generation", "--date", D));
        gate.awaitHeld();
        gate.release();

        Result stop = cli("stop", "1");   // chunks of 3 commit meanwhile

        assertThat(stop.code()).as(stop.toString()).isZero();
        assertThat(stop.err()).isEmpty();
        Result ended = running.join();
        if (ended.out().contains("execution 1: STOPPED")) {
            assertThat(stop.out()).contains("execution 1 will stop after its current chunk");
            assertThat(ended.err()).contains("error: invoice-generation stopped in step invoice-due-plans; restart it with: "
                    + "billcycle restart 1");
            assertThat(jdbc.queryForObject("select count(distinct billing_plan_id) from invoice_drafts", Integer.class) % 3).isZero();
            Result restarted = cli("restart", "1");
            assertThat(restarted.code()).as(restarted.toString()).isZero();
        } else {
            assertThat(ended.out()).as(ended.toString()).contains("execution 1: COMPLETED");
            assertThat(stop.out()).matches("execution 1 (will stop after its current chunk.*|already completed; nothing to stop\\.)\n");
        }
        assertThat(jdbc.queryForObject("select count(*) from invoices", Integer.class)).isEqualTo(1500 * 3);
    }

    @Test
    void aStopAfterTheRunCompletedSaysSoAndSucceeds() {
        tenPlans();
        assertThat(cli("run", "invoice-generation", "--date", D).code()).isZero();

        Result stop = cli("stop", "1");

        assertThat(stop.code()).as(stop.toString()).isZero();
        assertThat(stop.out()).isEqualTo("execution 1 already completed; nothing to stop.\n");
    }

    @Test
    void aBackfillRunsEachDateStopsAtTheFirstThatFailsAndSkipsWhatIsCompleteWhenRunAgain() throws Exception {
        tenPlans();
        // plan 2 fails only once its April period comes due, on D+1 (lead days 0, monthly from the 31st)
        jdbc.execute("""
                create function inject_failure() returns trigger language plpgsql as $$
                begin
                  if new.billing_plan_id = 2 and new.period_start = date '2024-04-30' then raise exception 'injected'; end if;
                  return new;
                end $$""");
        jdbc.execute("create trigger inject_failure before insert on invoice_drafts for each row execute function inject_failure()");

        Result stopped = cli("cycle", "--from", "2024-03-30", "--to", "2024-05-01", "--org", "ACME");

        assertThat(stopped.code()).as(stopped.toString()).isEqualTo(1);
        assertThat(stopped.out()).contains("cycle for 2024-03-30 completed", "cycle for 2024-03-31 completed")
                .contains("backfill stopped at 2024-04-30; once it is fixed, go on with: billcycle cycle --from 2024-04-30 "
                        + "--to 2024-05-01 --org ACME")
                .doesNotContain("cycle for 2024-05-01");
        removeInjectedFailure();
        Result resumed = cli("cycle", "--from", "2024-03-30", "--to", "2024-05-01", "--org", "ACME");
        assertThat(resumed.code()).as(resumed.toString()).isZero();
        assertThat(resumed.out()).contains("backfill from 2024-03-30 to 2024-05-01 completed.")
                .contains("invoice-generation for 2024-03-31 (org ACME) already completed");
        assertThat(jdbc.queryForObject("select count(*) from invoices where period_start = '2024-04-30'", Integer.class))
                .isEqualTo(10);
    }

    @Test
    void aBackfillsRangeIsCheckedBeforeAnythingStarts() {
        for (String[] args : List.of(new String[] {"cycle", "--from", "2024-03-02"},
                new String[] {"cycle", "--from", "2024-03-02", "--to", "2024-03-01"},
                new String[] {"cycle", "--date", "2024-03-02", "--from", "2024-03-01", "--to", "2024-03-03"},
                new String[] {"cycle", "--from", "2023-01-01", "--to", "2024-03-01"})) {
            java.io.StringWriter err = new java.io.StringWriter();
            assertThat(Cli.answerWithoutStarting(BillcycleCommand.class, new java.io.PrintWriter(new java.io.StringWriter()),
                    new java.io.PrintWriter(err, true), args)).as(String.join(" ", args)).isEqualTo(2);
            assertThat(err.toString()).startsWith("error: ").endsWith("(see: billcycle cycle --help)\n");
        }
        assertThat(cli("cycle", "--from", "2024-03-02", "--to", "2024-03-01").err())
                .isEqualTo("error: --to 2024-03-01 is before --from 2024-03-02 (see: billcycle cycle --help)\n");
    }

    @Test
    void theCycleRestartsTheFailedJobWhenRunAgain() throws Exception {
        tenPlans();
        injectFailureForPlan(2);
        Result failed = cli("cycle", "--date", D);
        assertThat(failed.code()).isEqualTo(1);
        assertThat(failed.out()).contains("cycle for " + D + " (org ACME) stopped at invoice-generation");
        assertThat(failed.err()).startsWith("error: invoice-generation failed in step invoice-due-plans: ")
                .contains("injected failure for plan 2").doesNotContain("Exception");
        removeInjectedFailure();
        Result again = cli("cycle", "--date", D);
        assertThat(again.code()).as(again.toString()).isZero();
        assertThat(again.out()).contains("restarting invoice-generation for " + D + " (org ACME) from its last commit")
                .contains("cycle for " + D + " completed");
        assertThat(state().get("invoices")).hasSize(30);
        assertThat(cli("cycle", "--date", D).out()).contains("already completed");
    }

    @Test
    void anExecutionLeftRunningByADeadProcessIsRecoveredAndRestarted() throws Exception {
        tenPlans();
        injectFailureForPlan(5);
        cli("run", "invoice-generation", "--date", D);
        removeInjectedFailure();
        // what a killed process leaves behind: the repository still says the execution is running
        jdbc.update("update batch_job_execution set status = 'STARTED', end_time = null where job_execution_id = 1");
        Result run = cli("run", "invoice-generation", "--date", D);
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains("execution 1 was left STARTED by a process that is gone; marked FAILED")
                .contains("COMPLETED");
        assertThat(state().get("invoices")).hasSize(30);
    }

    @Test
    void anOrganizationRunAndALaterRunForAllShareTheUnitOfWork() {
        long acme = fixtures.organization("ACME", 10, 12);
        long club = fixtures.organization("CLUB", 0, 12);
        fixtures.plan(acme, fixtures.account(acme, "A-1")).start("2024-03-31").create();
        fixtures.plan(club, fixtures.account(club, "C-1")).start("2024-03-31").create();

        Result acmeOnly = cli("run", "invoice-generation", "--date", D, "--org", "ACME");
        assertThat(acmeOnly.code()).as(acmeOnly.toString()).isZero();
        // the run for every organization does CLUB's work and finds ACME's done, whatever ran it
        try (HeldTransaction acmeBusy = launchLock.acquire("invoice-generation", java.time.LocalDate.parse(D), "ACME")) {
            Result cycle = cli("cycle", "--date", D);
            assertThat(cycle.code()).as(cycle.toString()).isEqualTo(1);   // ACME's lock is held by "another process"
            assertThat(cycle.err()).contains("(org ACME) is already running in another process");
            assertThat(cycle.out()).contains("[date=" + D + " org=CLUB]");   // CLUB's work was done meanwhile
        }
        Result all = cli("cycle", "--date", D);
        assertThat(all.code()).as(all.toString()).isZero();
        assertThat(all.out()).contains("invoice-generation for " + D + " (org ACME) already completed (execution 1)")
                .contains("invoice-generation for " + D + " (org CLUB) already completed (execution 2)");
        assertThat(jdbc.queryForList("""
                select o.code || ' ' || count(*) from invoices i join organizations o on o.id = i.organization_id
                 group by o.code order by 1""", String.class)).containsExactly("ACME 1", "CLUB 1");
        // one instance per (job, date, organization), each run once: none for all organizations at once
        assertThat(jdbc.queryForObject("""
                select count(*) from batch_job_execution e where not exists (select 1 from batch_job_execution_params p
                 where p.job_execution_id = e.job_execution_id and p.parameter_name = 'org')""", Integer.class)).isZero();
        assertThat(jdbc.queryForList("""
                select i.job_name || ' ' || p.parameter_value from batch_job_instance i
                  join batch_job_execution e on e.job_instance_id = i.job_instance_id
                  join batch_job_execution_params p on p.job_execution_id = e.job_execution_id and p.parameter_name = 'org'
                 order by e.job_execution_id""", String.class)).doesNotHaveDuplicates()
                .startsWith("invoice-generation ACME", "invoice-generation CLUB")
                .contains("finance-charge-assessment ACME", "finance-charge-assessment CLUB");
    }

    @Test
    void aFailedRunSaysWhyOnStderrAndExecutionShowsItWithoutClassNames() throws Exception {
        tenPlans();
        // the job's export folder cannot be created: a file stands in its place
        Files.writeString(EXPORTS.resolve("invoice-generation"), "not a folder");

        Result failed = cli("run", "invoice-generation", "--date", D);

        assertThat(failed.code()).isEqualTo(1);
        assertThat(failed.err().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("error: invoice-generation failed in step export-invoices: cannot create export file ")
                .doesNotContain("Exception"));
        Result shown = cli("execution", "1");
        assertThat(shown.out()).contains("export-invoices failed: cannot create export file ").doesNotContain("Exception")
                .doesNotContainPattern("java\\.[a-z]+\\.");
        Files.delete(EXPORTS.resolve("invoice-generation"));

        assertThat(cli("restart", "1").code()).isZero();
        Result again = cli("restart", "1");
        assertThat(again.code()).as(again.toString()).isZero();
        assertThat(again.out()).contains("execution 1 was restarted as execution 2, which completed; nothing to restart.");
    }

    @Test
    void aSecondLaunchWhileOneRunsIsRefused() {
        tenPlans();
        try (HeldTransaction running = launchLock.acquire("invoice-generation", java.time.LocalDate.parse(D), "ACME")) {
            Result second = cli("run", "invoice-generation", "--date", D);
            assertThat(second.code()).isEqualTo(1);
            assertThat(second.err()).contains("invoice-generation for " + D + " (org ACME) is already running in another process; refused");
        }
        assertThat(state().get("invoices")).isEmpty();
        assertThat(cli("run", "invoice-generation", "--date", D).code()).isZero();
    }

    @Test
    void theManifestDescribesTheFileExactly() throws Exception {
        tenPlans();
        cli("run", "invoice-generation", "--date", D);
        Path csv = EXPORTS.resolve("invoice-generation/invoice-generation-ACME-" + D + ".csv");
        Map<?, ?> manifest = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readValue(
                EXPORTS.resolve("invoice-generation/invoice-generation-ACME-" + D + ".csv.manifest.json").toFile(), Map.class);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(csv)));
        assertThat(manifest.get("sha256")).isEqualTo(sha);
        assertThat(manifest.get("rowCount")).isEqualTo(30);
        // 3 periods x (10 + 20 + ... + 100)
        assertThat(manifest.get("amountTotal")).hasToString("1650.00");
        assertThat(manifest.get("org")).isEqualTo("ACME");
        assertThat(manifest.get("businessDate")).isEqualTo(D);
        assertThat(jdbc.queryForObject("select sha256 from export_batches where file_name = ?", String.class,
                csv.getFileName().toString())).isEqualTo(sha);
        assertThat(Files.list(csv.getParent()).map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
    }

    @Test
    void exitCodesForUsageErrors() {
        fixtures.organization("ACME");
        Result unknownOption = cli("run", "invoice-generation", "--bogus");
        assertThat(unknownOption.code()).isEqualTo(2);
        assertThat(unknownOption.err()).isEqualTo("error: Unknown option: '--bogus' (see: billcycle run --help)\n");
        assertThat(cli("run", "invoice-generation", "--date", "2024-02-30").code()).isEqualTo(2);
        Result unknownJob = cli("run", "no-such-job", "--date", D);
        assertThat(unknownJob.code()).isEqualTo(2);
        assertThat(unknownJob.err()).contains("unknown job 'no-such-job'");
        Result unknownOrg = cli("run", "invoice-generation", "--date", D, "--org", "NOPE");
        assertThat(unknownOrg.code()).isEqualTo(2);
        assertThat(unknownOrg.err().trim()).isEqualTo("error: unknown organization 'NOPE': known are ACME");
        assertThat(cli("restart", "424242").code()).isEqualTo(2);
        assertThat(cli("executions", "--limit", "0").code()).isEqualTo(2);
        assertThat(cli("--help").code()).isZero();
    }

    @Test
    void executionsAndExecutionShowWhatRan() {
        tenPlans();
        cli("run", "invoice-generation", "--date", D);
        Result list = cli("executions");
        assertThat(list.out()).contains("invoice-generation").contains("COMPLETED").contains("date=" + D);
        Result one = cli("execution", "1");
        assertThat(one.out()).contains("invoice-due-plans").contains("deactivate-ended-plans").contains("export-invoices")
                .contains("invoice-generation-ACME-" + D + ".csv");
    }
}
