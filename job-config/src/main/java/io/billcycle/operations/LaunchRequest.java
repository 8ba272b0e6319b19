package io.billcycle.operations;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.batch.core.job.parameters.JobParameters;

import io.billcycle.batch.BusinessRun;

/**
 * What the operator asked to run: job, business date, optional organization, whether to force a new instance, and
 * job-specific identifying options. The job parameters come from {@link BusinessRun}, the one place that spells them.
 */
public record LaunchRequest(String job, LocalDate date, String org, boolean force, Map<String, String> options) {

    public LaunchRequest {
        options = Map.copyOf(options);
    }

    public static LaunchRequest of(String job, LocalDate date, String org) {
        return new LaunchRequest(job, date, org, false, Map.of());
    }

    /** The same request for one organization. */
    LaunchRequest forOrganization(String code) {
        return new LaunchRequest(job, date, code, force, options);
    }

    /** The identifying parameters; a forced run adds a value that makes the instance new. */
    JobParameters parameters(String forceToken) {
        JobParameters parameters = BusinessRun.parameters(date, org, options);
        return force ? BusinessRun.forced(parameters, forceToken) : parameters;
    }

    String describe() {
        return job + " for " + date + (org == null ? "" : " (org " + org + ")");
    }
}
