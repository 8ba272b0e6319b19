package io.billcycle.workers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.integration.support.MessageBuilder;

import io.billcycle.BillcycleApplication;
import io.billcycle.batch.BusinessRun;
import io.billcycle.batch.ProgressSink;
import io.billcycle.cli.Cli;
import io.billcycle.database.HeldTransaction;
import io.billcycle.testsupport.DatabaseTest;

/**
 * The parts of remote partitioning that decide a partition's fate, each on the real job repository: a worker's
 * refusals, the manager's watch over dead and waiting partitions, and a relaunch that must not restart partitions a
 * live worker still runs. The whole thing with real processes is {@link RemoteWorkersIT}.
 */
@SpringBootTest(classes = BillcycleApplication.class, properties = {"billcycle.chunk-size=3", "billcycle.partitions=1"})
class RemotePartitionsTest extends DatabaseTest {

    static final String STEP = "invoice-due-plans-worker";
    static final LocalDate D = LocalDate.parse("2024-03-31");

    @Autowired
    JobRepository jobRepository;
    @Autowired
    PartitionLocks locks;
    @Autowired
    WorkContract contract;
    @Autowired
    java.util.List<Step> steps;
    @Autowired
    ApplicationContext context;

    /** A running invoice-generation execution for ACME with one partition of {@code STEP} in {@code status}. */
    StepExecution partition(BatchStatus status) {
        fixtures.organization("ACME");
        JobParameters parameters = BusinessRun.withRemoteWorkers(BusinessRun.parameters(D, "ACME"));
        JobInstance instance = jobRepository.createJobInstance("invoice-generation", parameters);
        JobExecution job = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
        job.setStatus(BatchStatus.STARTED);
        jobRepository.update(job);
        StepExecution manager = jobRepository.createStepExecution("invoice-due-plans", job);
        manager.setStatus(BatchStatus.STARTED);
        jobRepository.update(manager);
        StepExecution partition = jobRepository.createStepExecution(STEP + ":partition0", job);
        partition.setStatus(status);
        jobRepository.update(partition);
        return partition;
    }

    PartitionTaker taker() {
        return new PartitionTaker(jobRepository, steps, locks, contract.fingerprint(), false);
    }

    StepExecution reread(StepExecution partition) {
        return jobRepository.getStepExecution(partition.getId());
    }

    @Test
    void aWorkerBuiltFromOtherDescriptorsRefusesThePartitionSayingWhyAndRunsNothing() {
        StepExecution partition = partition(BatchStatus.STARTING);

        taker().take(MessageBuilder.<Map<?, ?>>withPayload(Map.of(BrokerConfiguration.STEP_NAME, STEP,
                BrokerConfiguration.STEP_EXECUTION_ID, partition.getId())).setHeader(WorkContract.HEADER, "0123456789ab")
                .build());

        StepExecution now = reread(partition);
        assertThat(now.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(now.getExitStatus().getExitDescription()).contains("refused by worker", "other job descriptors",
                "contract 0123456789ab, this worker " + contract.fingerprint());
        assertThat(now.getReadCount()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from invoice_drafts", Long.class)).isZero();
    }

    @Test
    void aWorkerRefusesAStepItDoesNotHave() {
        StepExecution partition = partition(BatchStatus.STARTING);

        taker().take(MessageBuilder.<Map<?, ?>>withPayload(Map.of(BrokerConfiguration.STEP_NAME, "number-invoices",
                BrokerConfiguration.STEP_EXECUTION_ID, partition.getId())).setHeader(WorkContract.HEADER,
                        contract.fingerprint()).build());

        assertThat(reread(partition).getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(reread(partition).getExitStatus().getExitDescription()).contains("this worker has no step number-invoices");
    }

    @Test
    void aPartitionAnotherWorkerHoldsOrThatEndedIsLeftAlone() {
        StepExecution partition = partition(BatchStatus.STARTED);
        PartitionTaker taker = taker();

        taker.take(MessageBuilder.<Map<?, ?>>withPayload(Map.of(BrokerConfiguration.STEP_NAME, STEP,
                BrokerConfiguration.STEP_EXECUTION_ID, partition.getId())).setHeader(WorkContract.HEADER,
                        contract.fingerprint()).build());

        StepExecution now = reread(partition);
        assertThat(now.getStatus()).isEqualTo(BatchStatus.STARTED);
        assertThat(now.getVersion()).isEqualTo(partition.getVersion());
    }

    PartitionWatch watch(Duration startTimeout) {
        StepExecution manager = jobRepository.getJobExecution(jdbc.queryForObject(
                "select max(job_execution_id) from batch_job_execution", Long.class)).getStepExecutions().stream()
                .filter(s -> s.getStepName().equals("invoice-due-plans")).findFirst().orElseThrow();
        // an hour between looks: the test looks itself, when it wants to
        return PartitionWatch.start(manager, STEP, jobRepository, locks,
                new WorkerSettings("q", "tcp://localhost:1", Duration.ofHours(1), startTimeout), ProgressSink.NONE);
    }

    @Test
    void theWatchFailsAStartedPartitionWhoseWorkerIsGoneAndLeavesOneAWorkerHolds() {
        StepExecution held = partition(BatchStatus.STARTED);
        StepExecution orphan = jobRepository.createStepExecution(STEP + ":partition1",
                jobRepository.getJobExecution(held.getJobExecutionId()));
        orphan.setStatus(BatchStatus.STARTED);
        jobRepository.update(orphan);

        try (HeldTransaction worker = locks.tryTake(held.getId()); PartitionWatch watch = watch(Duration.ofHours(1))) {
            watch.look();
            assertThat(reread(held).getStatus()).isEqualTo(BatchStatus.STARTED);
        }

        assertThat(reread(orphan).getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(reread(orphan).getExitStatus().getExitDescription())
                .contains(STEP + ":partition1", "stopped while running it");
    }

    @Test
    void theWatchFailsAPartitionNoWorkerTookInTime() {
        StepExecution waiting = partition(BatchStatus.STARTING);

        try (PartitionWatch patient = watch(Duration.ofHours(1))) {
            patient.look();
        }
        assertThat(reread(waiting).getStatus()).isEqualTo(BatchStatus.STARTING);
        try (PartitionWatch impatient = watch(Duration.ofNanos(1))) {
            impatient.look();
        }

        assertThat(reread(waiting).getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(reread(waiting).getExitStatus().getExitDescription()).contains("no worker took it");
    }

    @Test
    void aRelaunchAfterTheManagerDiedWaitsForThePartitionsWorkersStillRun() {
        StepExecution partition = partition(BatchStatus.STARTED);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code;
        try (HeldTransaction worker = locks.tryTake(partition.getId())) {
            code = Cli.execute(context, new PrintWriter(out, true), new PrintWriter(err, true),
                    "run", "invoice-generation", "--date", D.toString(), "--org", "ACME");
        }

        assertThat(code).as(out + "\n" + err).isEqualTo(1);
        assertThat(err.toString()).contains("workers still run 1 of its partitions",
                STEP + ":partition0");
        assertThat(jobRepository.getJobExecution(partition.getJobExecutionId()).getStatus()).isEqualTo(BatchStatus.STARTED);
        assertThat(reread(partition).getStatus()).isEqualTo(BatchStatus.STARTED);
    }
}
