package io.billcycle.operations;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.batch.core.job.parameters.JobParameters;

import io.billcycle.batch.BusinessRun;

/**
 * What the operator asked to run: job, business date (null: today, see {@link JobRunner#launchEach}), optional organization, whether to force a new instance, and
 * job-specific identifying options. The job parameters come from {@link BusinessRun}, the one place that spells them.
 */
public record LaunchRequest(String job, LocalDate date, String org, boolean force, Map<String, String> options,
        int partitions, boolean remoteWorkers) {

    public LaunchRequest {
        options = Map.copyOf(options);
    }

    public LaunchRequest(String job, LocalDate date, String org, boolean force, Map<String, String> options) {
        this(job, date, org, force, options, 0, false);
    }

    public LaunchRequest(String job, LocalDate date, String org, boolean force, Map<String, String> options,
            int partitions) {
        this(job, date, org, force, options, partitions, false);
    }

    public static LaunchRequest of(String job, LocalDate date, String org) {
        return new LaunchRequest(job, date, org, false, Map.of());
    }

    /** The same request for {@code businessDate}. */
    LaunchRequest withDate(LocalDate businessDate) {
        return new LaunchRequest(job, businessDate, org, force, options, partitions, remoteWorkers);
    }

    /** The same request for one organization. */
    LaunchRequest forOrganization(String code) {
        return new LaunchRequest(job, date, code, force, options, partitions, remoteWorkers);
    }

    /** The same request split into {@code n} partitions (0: the setting {@code billcycle.partitions}). */
    public LaunchRequest withPartitions(int n) {
        return new LaunchRequest(job, date, org, force, options, n, remoteWorkers);
    }

    /** The same request with its partitions run by worker processes ({@code --workers remote}), or not. */
    public LaunchRequest withRemoteWorkers(boolean remote) {
        return new LaunchRequest(job, date, org, force, options, partitions, remote);
    }

    /**
     * The job parameters: identifying ones (a forced run adds a value that makes the instance new) and the number of
     * partitions when one was asked for, which is not identifying.
     */
    JobParameters parameters(String forceToken) {
        JobParameters parameters = BusinessRun.parameters(date, org, options);
        parameters = force ? BusinessRun.forced(parameters, forceToken) : parameters;
        parameters = partitions > 0 ? BusinessRun.withPartitions(parameters, partitions) : parameters;
        return remoteWorkers ? BusinessRun.withRemoteWorkers(parameters) : parameters;
    }

    String describe() {
        return job + " for " + date + (org == null ? "" : " (org " + org + ")");
    }
}
