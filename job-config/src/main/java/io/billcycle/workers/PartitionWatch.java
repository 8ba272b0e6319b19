package io.billcycle.workers;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

import io.billcycle.batch.PartitionedSteps;
import io.billcycle.batch.ProgressSink;
import io.billcycle.database.HeldTransaction;

/**
 * Runs beside a manager step while its partitions are out with the workers, once per poll interval:
 * <ul>
 * <li>a partition STARTED whose lock nobody holds was left by a worker that died ({@link PartitionLocks}): it is
 * marked FAILED, naming the worker, so the job fails and {@code restart} runs that partition again;</li>
 * <li>a partition no worker has taken after {@code billcycle.workers.start-timeout} (no worker running, or none
 * connected to this broker) is marked FAILED, saying so;</li>
 * <li>the partitions' counts go to the progress bar, since their chunks run in other processes.</li>
 * </ul>
 */
final class PartitionWatch implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PartitionWatch.class);

    private final StepExecution manager;
    private final String prefix;
    private final JobRepository jobRepository;
    private final PartitionLocks locks;
    private final Duration startTimeout;
    private final ProgressSink progress;
    private final Set<String> seen = new HashSet<>();
    private final Set<String> ended = new HashSet<>();
    private final ScheduledExecutorService timer;

    private PartitionWatch(StepExecution manager, String workerStep, JobRepository jobRepository, PartitionLocks locks,
            WorkerSettings settings, ProgressSink progress) {
        this.manager = manager;
        this.prefix = workerStep + PartitionedSteps.PARTITION_MARK;
        this.jobRepository = jobRepository;
        this.locks = locks;
        this.startTimeout = settings.startTimeout();
        this.progress = progress;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "partition-watch");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.pollInterval().toMillis();
        timer.scheduleWithFixedDelay(this::lookSafely, every, every, TimeUnit.MILLISECONDS);
    }

    static PartitionWatch start(StepExecution manager, String workerStep, JobRepository jobRepository,
            PartitionLocks locks, WorkerSettings settings, ProgressSink progress) {
        return new PartitionWatch(manager, workerStep, jobRepository, locks, settings, progress);
    }

    private void lookSafely() {
        try {
            look();
        } catch (RuntimeException e) {
            // the next look tries again; the manager's own polling goes on regardless
            log.warn("could not check the partitions of step execution {}: {}", manager.getId(), e.toString());
        }
    }

    void look() {
        JobExecution job = jobRepository.getJobExecution(manager.getJobExecutionId());
        for (StepExecution partition : job.getStepExecutions()) {
            if (!partition.getStepName().startsWith(prefix) || ended.contains(partition.getStepName())) {
                continue;
            }
            report(partition);
            if (partition.getStatus() == BatchStatus.STARTED) {
                String worker = PartitionedSteps.workerOf(partition);
                failIfAbandoned(partition, BatchStatus.STARTED, "its worker" + ("-".equals(worker) ? "" : " " + worker)
                        + " stopped while running it (its database session ended)");
            } else if (partition.getStatus() == BatchStatus.STARTING && waitedTooLong(partition)) {
                failIfAbandoned(partition, BatchStatus.STARTING, "no worker took it within " + startTimeout.toString()
                        .substring(2).toLowerCase() + " (billcycle.workers.start-timeout): are workers running and "
                        + "connected to this broker?");
            }
        }
    }

    private boolean waitedTooLong(StepExecution partition) {
        return partition.getCreateTime() != null
                && partition.getCreateTime().plus(startTimeout).isBefore(LocalDateTime.now());
    }

    /** Marks the partition FAILED if, under its lock, it is still {@code status}: nobody is or will be running it. */
    private void failIfAbandoned(StepExecution partition, BatchStatus status, String why) {
        try (HeldTransaction held = locks.tryTake(partition.getId())) {
            if (held == null) {
                return;   // a worker holds it: alive, at work
            }
            StepExecution now = jobRepository.getStepExecution(partition.getId());
            if (now == null || now.getStatus() != status) {
                return;   // it moved on before we took the lock
            }
            now.setStatus(BatchStatus.FAILED);
            now.setExitStatus(ExitStatus.FAILED.addExitDescription(now.getStepName() + ": " + why));
            now.setEndTime(LocalDateTime.now());
            jobRepository.update(now);
            log.warn("partition {} of execution {} marked FAILED: {}", now.getStepName(),
                    manager.getJobExecutionId(), why);
        }
    }

    private void report(StepExecution partition) {
        String name = partition.getStepName();
        if (partition.getStatus() == BatchStatus.STARTING) {
            return;
        }
        if (seen.add(name)) {
            progress.stepStarted(name, -1);
        }
        if (partition.getStatus().isRunning()) {
            progress.progressed(name, partition.getReadCount());
        } else {
            ended.add(name);
            progress.stepFinished(name, partition.getReadCount());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
