package io.billcycle.workers;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.StepLocator;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.messaging.Message;

import io.billcycle.batch.IdRange;
import io.billcycle.batch.PartitionedSteps;
import io.billcycle.database.HeldTransaction;

/**
 * A worker's handling of one partition request: refuse it when the manager was built from other job descriptors or
 * names a step this worker does not have; else take the partition's lock ({@link PartitionLocks}), check that nobody
 * ran or failed it meanwhile, and run it with Spring Batch's own {@link StepExecutionRequestHandler}, which records
 * its end in the job repository, where the manager looks for it.
 */
final class PartitionTaker {

    private static final Logger log = LoggerFactory.getLogger(PartitionTaker.class);

    private final JobRepository jobRepository;
    private final StepLocator steps;
    private final PartitionLocks locks;
    private final String contract;
    private final boolean verbose;
    private final StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
    /** Requests being handled now, and whether the process is stopping; guarded by {@code this}. */
    private int inHand;
    private boolean closing;

    PartitionTaker(JobRepository jobRepository, List<Step> steps, PartitionLocks locks, String contract, boolean verbose) {
        this.jobRepository = jobRepository;
        this.steps = partitionSteps(steps);
        this.locks = locks;
        this.contract = contract;
        this.verbose = verbose;
        handler.setJobRepository(jobRepository);
        handler.setStepLocator(this.steps);
    }

    /**
     * The steps a request may name: the partitioned steps' worker steps, by their step names (their bean names
     * differ); null for any other name, which is refused. A request can never run a whole job's other steps.
     */
    private static StepLocator partitionSteps(List<Step> steps) {
        Map<String, Step> byName = steps.stream().filter(step -> step.getName().endsWith(PartitionedSteps.workerName("")))
                .collect(Collectors.toMap(Step::getName, Function.identity()));
        return byName::get;
    }

    /**
     * Handles one request from the broker. Throws only when this worker is stopping: the broker then gives the
     * request to another worker (the session is transacted). Anything else is handled, so a bad request is not
     * redelivered forever.
     */
    public void take(Message<Map<?, ?>> message) {
        synchronized (this) {
            if (closing) {
                throw new IllegalStateException("this worker is stopping; the request goes back to the broker");
            }
            inHand++;
        }
        try {
            handle(message);
        } finally {
            synchronized (this) {
                inHand--;
                notifyAll();
            }
        }
    }

    /** Takes no more requests and waits for those in hand to end. */
    synchronized void close() throws InterruptedException {
        closing = true;
        while (inHand > 0) {
            wait();
        }
    }

    private void handle(Message<Map<?, ?>> message) {
        StepExecutionRequest request;
        try {
            request = BrokerConfiguration.fromMap(message.getPayload());
        } catch (RuntimeException e) {
            log.error("ignored a message that is not a partition request: {}", message.getPayload());
            return;
        }
        Object theirs = message.getHeaders().get(WorkContract.HEADER);
        if (!contract.equals(theirs)) {
            refuse(request, "the manager was built from other job descriptors (contract " + theirs + ", this worker "
                    + contract + "); run workers built from the same version as the manager");
        } else if (steps.getStep(request.getStepName()) == null) {
            refuse(request, "this worker has no step " + request.getStepName());
        } else {
            run(request);
        }
    }

    private void run(StepExecutionRequest request) {
        long id = request.getStepExecutionId();
        try (HeldTransaction held = locks.tryTake(id)) {
            StepExecution partition = held == null ? null : jobRepository.getStepExecution(id);
            if (partition == null || partition.getStatus() != BatchStatus.STARTING) {
                // another worker has it, or the manager gave up on it (failed, or recovered after the manager died)
                log.info("partition {} ({}) is not waiting for a worker any more; left alone", id,
                        partition == null ? "taken or gone" : partition.getStatus());
                return;
            }
            if (verbose) {
                log.info("taking {} of execution {}, ids {}", partition.getStepName(), partition.getJobExecutionId(),
                        IdRange.of(partition).fromId() + ".." + IdRange.of(partition).toId());
            }
            StepExecution ended = handler.handle(request);
            recordIfUnsaved(ended);
            if (verbose) {
                log.info("{} of execution {}: {} ({} read, {} written)", ended.getStepName(), ended.getJobExecutionId(),
                        ended.getStatus(), ended.getReadCount(), ended.getWriteCount());
            }
        } catch (RuntimeException e) {
            log.error("partition {} could not be run: {}", id, e.toString());
        }
    }

    /**
     * A step that failed before it could record its own end (the handler marks the copy in hand only): written here,
     * under the lock, so the manager sees the end.
     */
    private void recordIfUnsaved(StepExecution ended) {
        StepExecution stored = jobRepository.getStepExecution(ended.getId());
        if (stored != null && stored.getStatus().isRunning() && !ended.getStatus().isRunning()) {
            stored.setStatus(ended.getStatus());
            stored.setExitStatus(ExitStatus.FAILED.addExitDescription(ended.getExitStatus().getExitDescription()));
            stored.setEndTime(LocalDateTime.now());
            jobRepository.update(stored);
        }
    }

    /** Fails the partition, saying why, unless it already ended or someone runs it; one line in this worker's log. */
    private void refuse(StepExecutionRequest request, String why) {
        long id = request.getStepExecutionId();
        log.error("refused partition {} ({}): {}", id, request.getStepName(), why);
        try (HeldTransaction held = locks.tryTake(id)) {
            StepExecution partition = held == null ? null : jobRepository.getStepExecution(id);
            if (partition == null || partition.getStatus() != BatchStatus.STARTING) {
                return;
            }
            partition.setStatus(BatchStatus.FAILED);
            partition.setExitStatus(ExitStatus.FAILED.addExitDescription(partition.getStepName() + ": refused by worker "
                    + PartitionedSteps.thisWorker() + ": " + why));
            partition.setEndTime(LocalDateTime.now());
            jobRepository.update(partition);
        } catch (RuntimeException e) {
            log.error("partition {} could not be marked refused: {}", id, e.toString());
        }
    }
}
