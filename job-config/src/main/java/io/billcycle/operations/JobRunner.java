package io.billcycle.operations;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import io.billcycle.batch.ActionRefusedException;
import io.billcycle.batch.BusinessRun;
import io.billcycle.batch.UsageException;
import io.billcycle.database.HeldTransaction;
import io.billcycle.organizations.Organization;
import io.billcycle.organizations.Organizations;
import io.billcycle.workers.Broker;
import io.billcycle.workers.PartitionLocks;
import io.billcycle.workers.WorkerSettings;

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

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final JobCatalog jobs;
    private final LaunchLock launchLock;
    private final Organizations organizations;
    private final RunSummary summary;
    private final LaunchLockMapper launchLockMapper;
    private final PartitionLocks partitionLocks;
    private final BusinessCalendar calendar;
    private final Broker broker;
    private final WorkerSettings workerSettings;

    public JobRunner(JobOperator jobOperator, JobRepository jobRepository, JobCatalog jobs, LaunchLock launchLock,
            Organizations organizations, RunSummary summary, LaunchLockMapper launchLockMapper,
            PartitionLocks partitionLocks, BusinessCalendar calendar, Broker broker, WorkerSettings workerSettings) {
        this.partitionLocks = partitionLocks;
        this.calendar = calendar;
        this.broker = broker;
        this.workerSettings = workerSettings;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.jobs = jobs;
        this.launchLock = launchLock;
        this.organizations = organizations;
        this.summary = summary;
        this.launchLockMapper = launchLockMapper;
    }

    /**
     * Launches {@code request} once per organization it covers, one after the other: (job, business date,
     * organization) is the unit of work, of job instances and of locking. A run for every organization is the same as
     * a run for each of them, so a later run for all organizations skips the ones already done. The launch takes the
     * locks of all its organizations before running any, or refuses: never waiting, never doing half the work beside
     * another launch that does the other half. Without a date, the run is for today where its organization is (in
     * billcycle.zone for every organization); the organization named is resolved once, here.
     */
    public List<LaunchResult> launchEach(LaunchRequest given, PrintWriter out) throws Exception {
        Job job = jobs.get(given.job());
        requireBrokerFor(given.remoteWorkers());
        Organization named = named(given.org());
        LaunchRequest request = given.withDate(calendar.orTodayFor(given.date(), named));
        List<String> orgs = organizationsOf(named, out);
        List<LaunchResult> results = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (String org : orgs) {
            validate(job, request.forOrganization(org));
        }
        // every organization's lock first, all or none: see LaunchLock
        try (HeldTransaction lock = launchLock.acquire(request.job(), request.date(), orgs)) {
            for (String org : orgs) {
                try {
                    results.add(launchLocked(job, request.forOrganization(org), out));
                } catch (ActionRefusedException e) {
                    refused.add(e.getMessage());
                }
            }
        }
        refuseIfAny(refused, results.stream().map(LaunchResult::execution).toList());
        return results;
    }

    /**
     * After the other organizations ran: an organization that could not run fails the command, saying why; the
     * reasons of runs that did not complete are listed with it, since the refusal replaces the usual report.
     */
    private void refuseIfAny(List<String> refused, List<JobExecution> executions) {
        if (refused.isEmpty()) {
            return;
        }
        List<String> problems = new ArrayList<>(refused.size() > 1 ? refused : List.of());
        executions.stream().map(summary::outcome).filter(Objects::nonNull).forEach(problems::add);
        throw new ActionRefusedException(refused.size() == 1 ? refused.get(0) : refused.size() + " organizations could not run",
                problems);
    }

    /** Launches one (job, date, organization). */
    public LaunchResult launch(LaunchRequest request, PrintWriter out) throws Exception {
        Job job = jobs.get(request.job());
        if (request.org() == null) {
            throw new IllegalArgumentException("a launch is for one organization; use launchEach for all of them");
        }
        organizations.require(request.org());
        return launchResolved(job, request, out);
    }

    /** Launches one (job, date, organization) whose organization is known to exist. */
    private LaunchResult launchResolved(Job job, LaunchRequest request, PrintWriter out) throws Exception {
        validate(job, request);
        try (HeldTransaction lock = launchLock.acquire(request.job(), request.date(), request.org())) {
            return launchLocked(job, request, out);
        }
    }

    /** The job's own check of its options (types, ranges), before a job instance exists: a usage error, exit 2. */
    private static void validate(Job job, LaunchRequest request) throws Exception {
        job.getJobParametersValidator().validate(request.parameters(Instant.now().toString()));
    }

    /**
     * Launches one (job, date, organization) whose lock the caller holds: so nobody else creates or runs its instance
     * meanwhile, and what the repository shows can be trusted and repaired.
     */
    private LaunchResult launchLocked(Job job, LaunchRequest request, PrintWriter out) throws Exception {
        JobParameters parameters = request.parameters(Instant.now().toString());
        JobInstance instance = jobRepository.getJobInstance(request.job(), parameters);
        JobExecution last = instance == null ? null : jobRepository.getLastJobExecution(instance);
        if (instance != null && last == null) {
            // a launch that died between creating the instance and its first execution; nobody else can be creating
            // it now (we hold the lock), so it is removed and the launch starts afresh
            launchLockMapper.deleteInstanceWithoutExecution(instance.getInstanceId());
            log.info("{}: job instance {} had no execution (a launch that died half-way); removed it, starting afresh",
                    request.describe(), instance.getInstanceId());
        }
        if (last != null && !request.force()) {
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
        return new LaunchResult(jobOperator.start(job, parameters), false);
    }

    /**
     * Runs the daily cycle for {@code date}: for each organization in scope, its jobs one after the other, printing
     * each run's summary. An organization's cycle stops at its first job that does not complete; the other
     * organizations' cycles go on. Jobs already completed for the date are skipped, a failed one restarts from its
     * last commit.
     *
     * @return the executions that did not complete, one at most per organization; empty when all completed
     */
    public List<JobExecution> cycle(LocalDate date, String org, PrintWriter out) throws Exception {
        return cycle(date, org, 0, false, out);
    }

    /**
     * @param date          null for today where the organization named is (in billcycle.zone for every organization)
     * @param partitions    how many partitions each job's partitioned step splits into; 0 for the setting
     * @param remoteWorkers whether the partitions go to worker processes ({@code --workers remote})
     */
    public List<JobExecution> cycle(LocalDate date, String org, int partitions, boolean remoteWorkers, PrintWriter out)
            throws Exception {
        requireBrokerFor(remoteWorkers);
        Organization named = named(org);
        date = calendar.orTodayFor(date, named);
        List<JobExecution> unfinished = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (String code : organizationsOf(named, out)) {
            for (String job : jobs.cycle(date)) {
                LaunchResult result;
                try {
                    result = launchResolved(jobs.get(job), LaunchRequest.of(job, date, code).withPartitions(partitions)
                            .withRemoteWorkers(remoteWorkers), out);
                } catch (ActionRefusedException e) {
                    out.printf("cycle for %s (org %s) stopped at %s: refused%n", date, code, job);
                    refused.add(e.getMessage());
                    break;
                }
                if (!result.alreadyCompleted()) {
                    summary.print(result.execution(), out);
                }
                if (!result.succeeded()) {
                    out.printf("cycle for %s (org %s) stopped at %s; run the cycle again to restart it.%n", date, code, job);
                    unfinished.add(result.execution());
                    break;
                }
            }
        }
        out.printf(unfinished.isEmpty() && refused.isEmpty() ? "cycle for %s completed.%n"
                : "cycle for %s did not complete.%n", date);
        refuseIfAny(refused, unfinished);
        return unfinished;
    }

    /** A run for worker processes needs the broker: refused before anything starts when it cannot be reached. */
    private void requireBrokerFor(boolean remoteWorkers) {
        if (remoteWorkers) {
            broker.requireReachable(workerSettings);
        }
    }

    /** The organization of {@code code}, resolved; null when none is named (a usage error when unknown). */
    private Organization named(String code) {
        return code == null ? null : organizations.require(code);
    }

    /** The organization named, or every organization; none yet is said, not an error. */
    private List<String> organizationsOf(Organization named, PrintWriter out) {
        if (named != null) {
            return List.of(named.code());
        }
        List<String> codes = organizations.codes();
        if (codes.isEmpty()) {
            out.println("there are no organizations yet; nothing to run.");
        }
        return codes;
    }

    /**
     * Restarts a failed or stopped execution (or one left running by a dead process) from its last commit.
     * {@code remoteWorkers} true runs what is left on worker processes, else on this process's threads (a restart of a
     * remote run without workers at hand still completes).
     */
    public LaunchResult restart(long executionId, Boolean remoteWorkers, PrintWriter out) throws Exception {
        requireBrokerFor(Boolean.TRUE.equals(remoteWorkers));
        JobExecution execution = find(executionId);
        try (HeldTransaction lock = lockFor(execution)) {
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
            boolean wasRemote = BusinessRun.of(execution).remoteWorkers();
            if (remoteWorkers == null && !wasRemote) {
                return new LaunchResult(jobOperator.restart(find(executionId)), false);
            }
            // the same instance (same identifying parameters), its partitions sent elsewhere: a restart all the same
            return new LaunchResult(jobOperator.start(jobs.get(execution.getJobInstance().getJobName()),
                    BusinessRun.withWorkers(execution.getJobParameters(), Boolean.TRUE.equals(remoteWorkers))), false);
        }
    }

    /**
     * Asks a running execution to stop at its next chunk boundary. An execution nobody is running any more (its
     * process died) is marked FAILED at once, ready for restart.
     */
    public void stop(long executionId, PrintWriter out) throws Exception {
        JobExecution execution = find(executionId);
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            out.printf("execution %d already completed; nothing to stop.%n", executionId);
            return;
        }
        if (!execution.isRunning()) {
            throw new ActionRefusedException("execution " + executionId + " is not running (" + execution.getStatus() + ")");
        }
        try (HeldTransaction lock = lockFor(execution)) {
            JobExecution now = find(executionId);
            if (!now.isRunning()) {
                // it ended between our two reads, and its process let the lock go
                out.printf("execution %d already ended (%s); nothing to stop.%n", executionId, now.getStatus());
                return;
            }
            recoverOrphan(now, out);
        } catch (ActionRefusedException running) {
            if (requestStop(execution)) {
                out.printf("execution %d will stop after its current chunk; restart it with: billcycle restart %d%n",
                        executionId, executionId);
            } else {
                out.printf("execution %d already completed; nothing to stop.%n", executionId);
            }
        }
    }

    /**
     * Records the stop: the job execution becomes STOPPING, which the running step reads back at its next chunk
     * commit and ends there, STOPPED. Only the job execution is written. {@code JobOperator.stop} also writes the
     * running step's execution from the copy it read, which races with the running process committing chunks: one of
     * the two then fails on the row's version, and a step that loses leaves its execution UNKNOWN, which cannot be
     * restarted. A version race on the job execution itself (the running process moving to its next step) is retried
     * with a fresh copy. Returns false when the execution completed before the stop could land.
     */
    private boolean requestStop(JobExecution execution) {
        JobExecution current = execution;
        for (int attempt = 1; ; attempt++) {
            if (current.getStatus() == BatchStatus.STOPPING) {
                return true;
            }
            if (current.getStatus() == BatchStatus.COMPLETED) {
                return false;
            }
            if (!current.isRunning()) {
                throw new ActionRefusedException("execution " + execution.getId() + " is not running (" + current.getStatus() + ")");
            }
            current.setStatus(BatchStatus.STOPPING);
            try {
                jobRepository.update(current);
                return true;
            } catch (OptimisticLockingFailureException race) {
                if (attempt == 5) {
                    throw race;
                }
                current = find(execution.getId());
            }
        }
    }

    /** Marks a stopped or failed execution ABANDONED: it will never be restarted. */
    public void abandon(long executionId, PrintWriter out) throws Exception {
        JobExecution execution = find(executionId);
        try (HeldTransaction lock = lockFor(execution)) {
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

    private HeldTransaction lockFor(JobExecution execution) {
        BusinessRun run = BusinessRun.of(execution);
        return launchLock.acquire(execution.getJobInstance().getJobName(), run.businessDate(), run.org());
    }

    /**
     * Called while holding the lock: a "running" execution then has no live launching process behind it. Its remote
     * workers may still be at work on partitions, though (they outlive a killed manager): it is recovered only once
     * they are done, or it would be restarted under them.
     */
    private void recoverOrphan(JobExecution execution, PrintWriter out) {
        List<String> inHand = partitionLocks.inHand(execution);
        if (!inHand.isEmpty()) {
            throw new ActionRefusedException("execution " + execution.getId() + " was left by a process that is gone, "
                    + "but workers still run " + inHand.size() + " of its partitions; try again once they end: "
                    + String.join(", ", inHand));
        }
        BatchStatus leftAs = execution.getStatus();
        jobOperator.recover(execution);
        out.printf("execution %d was left %s by a process that is gone; marked FAILED%n", execution.getId(), leftAs);
    }
}
