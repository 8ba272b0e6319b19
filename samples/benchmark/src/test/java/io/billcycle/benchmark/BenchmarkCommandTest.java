package io.billcycle.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import io.billcycle.BillcycleApplication;
import io.billcycle.cli.Cli;
import io.billcycle.cli.ExitCodes;
import io.billcycle.testsupport.DatabaseTest;
import io.billcycle.testsupport.MapperContracts;

/**
 * The benchmark end to end at a small size: the job runs in its own JVM and the set-based SQL, an independent
 * implementation of the same rules, must leave exactly the same rows.
 */
@SpringBootTest(classes = BillcycleApplication.class)
class BenchmarkCommandTest extends DatabaseTest {

    @Autowired
    ApplicationContext context;

    record Result(int code, String out, String err) {
    }

    Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(BenchmarkCommand.class, context, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void theJobAndTheSetBasedSqlLeaveIdenticalDataAndTheDatabasesAreDroppedAfterwards(@TempDir Path work) {
        Result run = cli("--plans", "600", "--seed", "3", "--chunk-size", "50", "--work-dir", work.toString());

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out())
                .containsPattern("data +642 plans")
                .containsPattern("set-based SQL +[0-9.]+ s  [0-9,]+ invoices with CHARGE entries, [1-9][0-9]* plans parked")
                .containsPattern("job +[0-9.]+ s  -Xmx256m, chunk size 50")
                .containsPattern("invoice-due-plans +[0-9.]+ s  read [0-9,]+, written [0-9,]+, filtered 0, commits [0-9]+")
                .containsPattern("ratio job/SQL +[0-9.]+")
                .containsPattern("results +identical: billing_plan_parkings [1-9][0-9]* billing_plan_status_changes [1-9][0-9]*"
                        + " billing_plans 642 invoice_number_counters 3 invoices [1-9][0-9,]* ledger_entries [1-9][0-9,]*");
        assertThat(work.resolve("out/invoice-generation/invoice-generation-AGENCY-2025-01-31.csv")).exists();
        assertThat(jdbc.queryForList("select datname from pg_database where datname like 'billcycle_bench%'", String.class))
                .isEmpty();
    }

    @Test
    void financeChargesAndStatementsLeaveTheSameRowsAsTheirSetBasedSql(@TempDir Path work) {
        Result run = cli("--benchmark", "receivables", "--accounts", "900", "--chunk-size", "64", "--work-dir", work.toString());

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out())
                .containsPattern("data +900 accounts, 9,[0-9]{3} ledger entries")
                .containsPattern("finance-charge-assessment\\n +set-based SQL +[0-9.]+ s  [1-9][0-9]* accounts charged")
                .containsPattern("statement-cycle\\n +set-based SQL +[0-9.]+ s  [1-9][0-9]* accounts stated")
                .containsPattern("assess-accounts +[0-9.]+ s  read [0-9,]+, written [0-9,]+, commits [0-9]+")
                .containsPattern("state-accounts +[0-9.]+ s  read [0-9,]+, written [0-9,]+, commits [0-9]+")
                .containsPattern("results +identical: accounts 900 finance_charges [1-9][0-9]* ledger_entries [0-9,]+ statements [0-9,]+");
        assertThat(work.resolve("finance-charge-assessment.log")).exists();
        assertThat(work.resolve("statement-cycle-gc.log")).exists();
        assertThat(jdbc.queryForList("select datname from pg_database where datname like 'billcycle_bench%'", String.class))
                .isEmpty();
    }

    @Test
    void theCollectionRosterLeavesTheSameRowsAsItsSetBasedSql(@TempDir Path work) {
        Result run = cli("--benchmark", "collections", "--accounts", "2000", "--chunk-size", "64", "--work-dir", work.toString());

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out())
                .containsPattern("data +2,000 accounts \\(200 with payment plans, 300 in collections\\)")
                .containsPattern("collection-roster\\n +set-based SQL +[0-9.]+ s  [1-9][0-9,]* accounts changed")
                .containsPattern("evaluate-accounts +[0-9.]+ s  read [0-9,]+, written [0-9,]+, commits [0-9]+")
                .containsPattern("results +identical: accounts 2,000 collection_roster [1-9][0-9,]* payment_plans 200");
        assertThat(jdbc.queryForList("select datname from pg_database where datname like 'billcycle_bench%'", String.class))
                .isEmpty();
    }

    @Test
    void theProviderExportLeavesTheSameRowsAsUpdateReturningAndCopy(@TempDir Path work) {
        Result run = cli("--benchmark", "providers", "--accounts", "2000", "--work-dir", work.toString());

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out())
                .containsPattern("data +2,000 provider payments \\(1,800 authorized\\)")
                .containsPattern("provider-payment-export\\n +set-based SQL +[0-9.]+ s  1,800 payments paid")
                .containsPattern("results +identical: export_batches 1 provider_payment_changes 1,800 provider_payments 2,000");
        assertThat(work.resolve("sql-copy-batch.csv")).exists();
    }

    @Test
    void theFrozenPrepaidReportListsTheSameRowsAsTheClubsOwnSql(@TempDir Path work) {
        Result run = cli("--benchmark", "memberships", "--accounts", "20000", "--work-dir", work.toString());

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out())
                .containsPattern("data +20,000 enrollments \\(4,000 frozen\\)")
                .containsPattern("frozen-prepaid-expiry-report\\n +set-based SQL +[0-9.]+ s  [1-9][0-9,]* rows reported")
                .containsPattern("results +identical: report rows [1-9][0-9,]*");
    }

    @Test
    void badOptionsAreRefusedBeforeAnythingIsCreated() {
        Result plans = cli("--plans", "0");
        assertThat(plans.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(plans.err()).contains("--plans must be between 1 and 30000000, was 0");
        Result heap = cli("--plans", "10", "--heap", "lots");
        assertThat(heap.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(heap.err()).contains("--heap must look like 256m or 2g, was 'lots'");
        Result accounts = cli("--benchmark", "receivables", "--accounts", "-5");
        assertThat(accounts.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(accounts.err()).contains("--accounts must be between 1 and 30000000, was -5");
        assertThat(jdbc.queryForList("select datname from pg_database where datname = ?", String.class,
                BenchmarkDatabases.TEMPLATE)).isEmpty();
    }

    @Test
    void theBenchmarkMapperAgreesWithItsXml() {
        MapperContracts.Report report = MapperContracts.check(
                context.getBean("sqlSessionFactory", org.apache.ibatis.session.SqlSessionFactory.class).getConfiguration(),
                "io.billcycle.benchmark.");
        assertThat(report.mappers()).containsExactlyInAnyOrder("io.billcycle.benchmark.BenchmarkMapper",
                "io.billcycle.benchmark.ReceivablesBenchmarkMapper", "io.billcycle.benchmark.CollectionsBenchmarkMapper",
                "io.billcycle.benchmark.ProvidersBenchmarkMapper", "io.billcycle.benchmark.MembershipsBenchmarkMapper");
        assertThat(report.problems()).isEmpty();
    }
}
