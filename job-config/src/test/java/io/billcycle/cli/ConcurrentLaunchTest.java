package io.billcycle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;

import io.billcycle.batch.BusinessRun;

/**
 * Launches of the same job at the same moment, for every job. The moment is held, not hoped for: the test locks the
 * job repository's instance table, so whichever launch takes the launch lock first waits, holding it, at the creation
 * of its instance; the other decides meanwhile. Then the table is let go.
 */
class ConcurrentLaunchTest extends CliTest {

    static final String D = "2025-01-31";

    @Autowired
    DataSource dataSource;

    @Autowired
    JobRepository jobRepository;

    void organizations() {
        fixtures.organization("AGENCY");
        fixtures.organization("CLUB");
        fixtures.organization("PRACTICE");
    }

    static String[] run(String job, String... more) {
        List<String> args = new ArrayList<>(List.of("run", job, "--date", D));
        if (job.equals("provider-payment-export")) {
            args.addAll(List.of("--period", "2025-01"));
        }
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @ParameterizedTest
    @ValueSource(strings = {"invoice-generation", "freeze-expiry", "finance-charge-assessment", "statement-cycle",
            "collection-roster", "frozen-prepaid-expiry-report", "provider-payment-export"})
    void twoLaunchesAtOnceEndWithOneRunAndOneRefused(String job) throws Exception {
        organizations();
        List<Result> results;
        try (Connection holder = dataSource.getConnection(); Statement s = holder.createStatement()) {
            holder.setAutoCommit(false);
            s.execute("lock table batch_job_instance in exclusive mode");
            CompletableFuture<Result> all = CompletableFuture.supplyAsync(() -> cli(run(job)));
            CompletableFuture<Result> club = CompletableFuture.supplyAsync(() -> cli(run(job, "--org", "CLUB")));
            // one launch holds its locks and waits on the table; only the other can finish now, refused
            Result first = (Result) CompletableFuture.anyOf(all, club).join();
            assertThat(first.code()).as(first.toString()).isEqualTo(1);
            assertThat(first.err()).as(first.toString()).matches("error: " + job + " for " + D
                    + " \\(org (CLUB|AGENCY, CLUB, PRACTICE)\\) is already running in another process; refused\n");
            holder.commit();
            results = List.of(all.join(), club.join());
        }
        assertThat(results).filteredOn(r -> r.code() == 0).hasSize(1);
        assertThat(results).allSatisfy(r -> assertThat(r.err()).doesNotContain("serialize"));
        assertThat(jdbc.queryForList("select status from batch_job_execution", String.class)).isNotEmpty()
                .containsOnly("COMPLETED");
        assertThat(jdbc.queryForObject("""
                select count(*) from batch_job_instance i
                 where not exists (select 1 from batch_job_execution e where e.job_instance_id = i.job_instance_id)""",
                Integer.class)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"invoice-generation", "freeze-expiry", "finance-charge-assessment", "statement-cycle",
            "collection-roster", "frozen-prepaid-expiry-report", "provider-payment-export"})
    void launchesForEachOrganizationAtOnceAllRun(String job) throws Exception {
        organizations();
        List<CompletableFuture<Result>> launches = new ArrayList<>();
        try (Connection holder = dataSource.getConnection(); Statement s = holder.createStatement()) {
            holder.setAutoCommit(false);
            s.execute("lock table batch_job_instance in exclusive mode");
            for (String org : List.of("AGENCY", "CLUB", "PRACTICE")) {
                launches.add(CompletableFuture.supplyAsync(() -> cli(run(job, "--org", org))));
            }
            // all three wait, each holding its own organization's lock; then they create their instances at once
            holder.commit();
        }
        for (CompletableFuture<Result> launch : launches) {
            Result result = launch.join();
            assertThat(result.code()).as(result.toString()).isZero();
        }
        assertThat(jdbc.queryForObject("select count(*) from batch_job_execution where status = 'COMPLETED'", Integer.class))
                .isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "cycle"})
    void anInstanceLeftWithoutAnExecutionIsRepairedByTheNextLaunch(String how) throws Exception {
        organizations();
        JobParameters parameters = BusinessRun.parameters(LocalDate.parse(D), "CLUB", java.util.Map.of());
        long orphan = jobRepository.createJobInstance("invoice-generation", parameters).getInstanceId();

        Result repaired = how.equals("run") ? cli("run", "invoice-generation", "--date", D, "--org", "CLUB")
                : cli("cycle", "--date", D, "--org", "CLUB");

        assertThat(repaired.code()).as(repaired.toString()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from batch_job_instance where job_instance_id = ?", Integer.class,
                orphan)).isZero();
        assertThat(jdbc.queryForList("""
                select e.status from batch_job_execution e join batch_job_instance i on i.job_instance_id = e.job_instance_id
                 where i.job_name = 'invoice-generation'""", String.class)).containsExactly("COMPLETED");
        assertThat(cli("run", "invoice-generation", "--date", D, "--org", "CLUB").out()).contains("already completed");
    }
}
