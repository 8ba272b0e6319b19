package io.billcycle.operations;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import io.billcycle.batch.JobParameterNames;

/**
 * What the operator asked to run: job, business date, optional organization, whether to force a new instance, and
 * job-specific identifying options.
 */
public record LaunchRequest(String job, LocalDate date, String org, boolean force, Map<String, String> options) {

    public LaunchRequest {
        options = Map.copyOf(options);
    }

    public static LaunchRequest of(String job, LocalDate date, String org) {
        return new LaunchRequest(job, date, org, false, Map.of());
    }

    /** The identifying parameters; a forced run adds a value that makes the instance new. */
    JobParameters parameters(String forceToken) {
        JobParametersBuilder builder = new JobParametersBuilder().addLocalDate(JobParameterNames.DATE, date);
        if (org != null) {
            builder.addString(JobParameterNames.ORG, org);
        }
        options.forEach(builder::addString);
        if (force) {
            builder.addString(JobParameterNames.FORCE, forceToken);
        }
        return builder.toJobParameters();
    }

    String describe() {
        return job + " for " + date + (org == null ? "" : " (org " + org + ")");
    }
}
