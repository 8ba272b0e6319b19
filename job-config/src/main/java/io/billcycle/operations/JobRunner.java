package io.billcycle.operations;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import io.billcycle.batch.UsageException;
import io.billcycle.batch.ActionRefusedException;
import io.billcycle.batch.BusinessRun;
import io.billcycle.organizations.Organizations;

/**
 * Launch semantics shared by {@code run}, {@code cycle} and {@code restart}:
 * <ul>
 * <li>an instance that already completed is not run again: "already completed", exit 0;</li>
 * <li>a failed or stopped instance is restarted from its last committed chunk;</li>
 * <li>{@code --force} starts a new instance; the schema's business keys make it add only what is missing;</li>
 * <li>a second launch of the same job, date and organization while one runs is refused (see {@link LaunchLock});</li>
 * <li>an execution the repository shows as running, while nobody holds its lock, was left by a dead process: it is
 * marked FAILED and restarted.</li>
 * </ul>
 */
@Service
public class JobRunner {

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final JobCatalog jobs;
    private final LaunchLock launchLock;
    private final Organizations organizations;
    private final RunSummary summary;

    public JobRunner(JobOperator jobOperator, JobRepository jobRepository, JobCatalog jobs, LaunchLock launchLock,
            Organizations organizations, RunSummary summary) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.jobs = jobs;
        this.launchLock = launchLock;
        this.organizations = organizations;
        this.summary = summary;
    }

    public LaunchResult launch(LaunchRequest request, PrintWriter out) throws Exception {
        Job job = jobs.get(request.job());
        if (request.org() != null) {
            organizations.require(request.org());
        }
        try (LaunchLock.Held lock = launchLock.acquire(request.job(), request.date(), request.org())) {
            JobParameters parameters = request.parameters(Instant.now().toString());
            if (!request.force()) {
                JobInstance instance = jobRepository.getJobInstance(request.job(), parameters);
                JobExecution last = instance == null ? null : jobRepository.getLastJobExecution(instance);
                if (last != null) {
                    switch (last.getStatus()) {
                        case COMPLETED -> {
                            out.printf("%s already completed (execution %d); nothing to do. Use --force to run it again.%n",
                                    request.describe(), last.getId());
                            return new LaunchResult(last, true);
                        }
                        case ABANDONED -> throw new ActionRefusedException(request.describe() + " was abandoned (execution "
                                + last.getId() + "); use --force to run it as a new instance");
                        case STARTING, STARTED, STOPPING -> {
                            recoverOrphan(last, out);
                            out.printf("restarting %s from its last commit (execution %d)%n", request.describe(), last.getId());
                        }
                        default -> out.printf("restarting %s from its last commit (execution %d was %s)%n",
                                request.describe(), last.getId(), last.getStatus());
                    }
                }
            }
            return new LaunchResult(jobOperator.start(job, parameters), false);
        }
    }

    /**
     * Runs the daily cycle for {@code date}, job after job, printing each run's summary; stops at the first failure.
     * Jobs already completed for the date are skipped, a failed one restarts from its last commit.
     *
     * @return the execution that did not complete, or null when every job of the cycle completed
     */
    public JobExecution cycle(LocalDate date, String org, PrintWriter out) throws Exception {
        for (String job : jobs.cycle(date)) {
            LaunchResult result = launch(LaunchRequest.of(job, date, org), out);
            if (!result.alreadyCompleted()) {
                summary.print(result.execution(), out);
            }
            if (!result.succeeded()) {
                out.printf("cycle for %s stopped at %s; run the cycle again to restart it.%n", date, job);
                return result.execution();
            }
        }
        out.printf("cycle for %s completed.%n", date);
        return null;
    }

    /** Restarts a failed or stopped execution (or one left running by a dead process) from its last commit. */
    public LaunchResult restart(long executionId, PrintWriter out) throws Exception {
        JobExecution execution = find(executionId);
        try (LaunchLock.Held lock = lockFor(execution)) {
            switch (execution.getStatus()) {
                case COMPLETED -> {
                    out.printf("execution %d already completed; nothing to restart.%n", executionId);
                    return new LaunchResult(execution, true);
                }
                case ABANDONED -> throw new ActionRefusedException("execution " + executionId + " was abandoned and cannot be restarted");
                case STARTING, STARTED, STOPPING -> recoverOrphan(execution, out);
                default -> {
                }
            }
            JobExecution latest = jobRepository.getLastJobExecution(execution.getJobInstance());
            if (latest != null && latest.getId() != executionId && latest.getStatus() == BatchStatus.COMPLETED) {
                out.printf("execution %d was restarted as execution %d, which completed; nothing to restart.%n",
                        executionId, latest.getId());
                return new LaunchResult(latest, true);
            }
            if (latest != null && latest.getId() != executionId) {
                throw new ActionRefusedException("execution " + executionId + " is not the latest of its instance; restart "
                        + latest.getId() + " instead");
            }
            return new LaunchResult(jobOperator.restart(find(executionId)), false);
        }
    }

    /**
     * Asks a running execution to stop at its next chunk boundary. An execution nobody is running any more (its
     * process died) is marked FAILED at once, ready for restart.
     */
    public void stop(long executionId, PrintWriter out) throws Exception {
        JobExecution execution = find(executionId);
        if (!execution.isRunning()) {
            throw new ActionRefusedException("execution " + executionId + " is not running (" + execution.getStatus() + ")");
        }
        try (LaunchLock.Held lock = lockFor(execution)) {
            recoverOrphan(execution, out);
        } catch (ActionRefusedException running) {
            requestStop(execution);
            out.printf("execution %d will stop after its current chunk; restart it with: billcycle restart %d%n",
                    executionId, executionId);
        }
    }

    /**
     * Records the stop. The framework marks the job execution STOPPING and then also updates the running step's
     * execution from the copy it read, which races with the running process committing its next chunk (an
     * optimistic-locking failure). The stop is recorded once the job execution says STOPPING, which is what the
     * running step checks at its next chunk boundary; until then, try again with a fresh copy.
     */
    private void requestStop(JobExecution execution) throws JobExecutionNotRunningException {
        JobExecution current = execution;
        for (int attempt = 1; ; attempt++) {
            try {
                jobOperator.stop(current);
                return;
            } catch (JobExecutionNotRunningException e) {
                throw new ActionRefusedException("execution " + execution.getId() + " is not running");
            } catch (OptimisticLockingFailureException race) {
                current = find(execution.getId());
                if (current.getStatus() == BatchStatus.STOPPING || !current.isRunning()) {
                    return;
                }
                if (attempt == 5) {
                    throw race;
                }
            }
        }
    }

    /** Marks a stopped or failed execution ABANDONED: it will never be restarted. */
    public void abandon(long executionId, PrintWriter out) throws Exception {
        JobExecution execution = find(executionId);
        try (LaunchLock.Held lock = lockFor(execution)) {
            if (execution.isRunning()) {
                recoverOrphan(execution, out);
                execution = find(executionId);
            }
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                throw new ActionRefusedException("execution " + executionId + " completed; there is nothing to abandon");
            }
            jobOperator.abandon(execution);
            out.printf("execution %d abandoned%n", executionId);
        }
    }

    public JobExecution find(long executionId) {
        JobExecution execution;
        try {
            execution = jobRepository.getJobExecution(executionId);
        } catch (EmptyResultDataAccessException e) {
            execution = null;
        }
        if (execution == null) {
            throw new UsageException("no job execution with id " + executionId);
        }
        return execution;
    }

    private LaunchLock.Held lockFor(JobExecution execution) {
        BusinessRun run = BusinessRun.of(execution);
        return launchLock.acquire(execution.getJobInstance().getJobName(), run.businessDate(), run.org());
    }

    /** Called while holding the lock: a "running" execution then has no live process behind it. */
    private void recoverOrphan(JobExecution execution, PrintWriter out) {
        BatchStatus leftAs = execution.getStatus();
        jobOperator.recover(execution);
        out.printf("execution %d was left %s by a process that is gone; marked FAILED%n", execution.getId(), leftAs);
    }
}
