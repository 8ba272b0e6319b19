package io.billcycle.batch;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;

/**
 * One run of a job: its business date, its organization (null for all of them), its job execution id and its
 * job-specific options. The only place that knows how these are spelt as job parameters: the CLI builds a launch with
 * {@link #parameters}, every job's beans read it back through the job-scoped {@code BusinessRun} bean, and readers get
 * their SQL parameters from {@link #sqlParameters(StepExecution)}.
 * <p>
 * Not a record, and its methods are not final, so that Spring can put a job-scope proxy in front of it.
 */
public class BusinessRun {

    /** The business date, an ISO {@code LocalDate}; identifying. */
    static final String DATE = "date";
    /** Organization code; absent means every organization; identifying. */
    static final String ORG = "org";
    /** Present only on forced reruns; its value makes the instance new. */
    static final String FORCE = "force";
    /** How many partitions the run's partitioned steps split into; not identifying (a restart may use another). */
    static final String PARTITIONS = "partitions";
    /** "remote" when the partitions go to worker processes through the broker; not identifying. */
    static final String WORKERS = "workers";
    private static final String REMOTE = "remote";

    /** SQL parameter names, as the mapper XML spells them. */
    public static final String SQL_DATE = "date";
    public static final String SQL_ORG = "org";
    public static final String SQL_FROM_ID = "fromId";
    public static final String SQL_TO_ID = "toId";

    private final LocalDate businessDate;
    private final String org;
    private final long jobExecutionId;
    private final Map<String, String> options;
    private final int partitions;
    private final boolean remoteWorkers;

    BusinessRun(LocalDate businessDate, String org, long jobExecutionId, Map<String, String> options, int partitions,
            boolean remoteWorkers) {
        this.businessDate = businessDate;
        this.org = org;
        this.jobExecutionId = jobExecutionId;
        this.options = Map.copyOf(options);
        this.partitions = partitions;
        this.remoteWorkers = remoteWorkers;
    }

    /** The identifying parameters of a run; options are job-specific and declared by the job's descriptor. */
    public static JobParameters parameters(LocalDate date, String org, Map<String, String> options) {
        if (date == null) {
            throw new IllegalArgumentException("a run needs a business date");
        }
        JobParametersBuilder builder = new JobParametersBuilder().addLocalDate(DATE, date);
        if (org != null) {
            builder.addString(ORG, org);
        }
        new java.util.TreeMap<>(options).forEach(builder::addString);
        return builder.toJobParameters();
    }

    public static JobParameters parameters(LocalDate date, String org) {
        return parameters(date, org, Map.of());
    }

    /** The same run as a new instance: {@code token} (a timestamp) makes the parameters differ from any earlier run. */
    public static JobParameters forced(JobParameters parameters, String token) {
        return new JobParametersBuilder(parameters).addString(FORCE, token).toJobParameters();
    }

    /** The same run split into {@code partitions} partitions (not identifying: the instance stays the same). */
    public static JobParameters withPartitions(JobParameters parameters, int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, got " + partitions);
        }
        return new JobParametersBuilder(parameters).addLong(PARTITIONS, (long) partitions, false).toJobParameters();
    }

    /**
     * The same run with its partitions sent to worker processes through the broker instead of this process's threads
     * (not identifying: a restart may run them either way).
     */
    public static JobParameters withRemoteWorkers(JobParameters parameters) {
        return new JobParametersBuilder(parameters).addString(WORKERS, REMOTE, false).toJobParameters();
    }

    /** The same run with its partitions on worker processes ({@code remote}) or on threads of the launcher. */
    public static JobParameters withWorkers(JobParameters parameters, boolean remote) {
        JobParametersBuilder builder = new JobParametersBuilder();
        parameters.parameters().stream().filter(p -> !WORKERS.equals(p.name())).forEach(builder::addJobParameter);
        JobParameters rest = builder.toJobParameters();
        return remote ? withRemoteWorkers(rest) : rest;
    }

    /** The run an execution is for. */
    public static BusinessRun of(JobExecution execution) {
        return of(execution.getJobParameters(), execution.getId());
    }

    /** The run described by {@code parameters}; {@code jobExecutionId} is 0 before it is launched. */
    public static BusinessRun of(JobParameters parameters, long jobExecutionId) {
        LocalDate date = parameters.getLocalDate(DATE);
        if (date == null) {
            throw new IllegalArgumentException("the job parameters have no business date '" + DATE + "'");
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (JobParameter<?> parameter : parameters.parameters()) {
            if (!isCommon(parameter.name())) {
                options.put(parameter.name(), String.valueOf(parameter.value()));
            }
        }
        Long partitions = parameters.getLong(PARTITIONS);
        return new BusinessRun(date, parameters.getString(ORG), jobExecutionId, options,
                partitions == null ? 0 : partitions.intValue(), REMOTE.equals(parameters.getString(WORKERS)));
    }

    static boolean isCommon(String name) {
        return DATE.equals(name) || ORG.equals(name) || FORCE.equals(name) || PARTITIONS.equals(name)
                || WORKERS.equals(name);
    }

    /** Whether the run's partitions go to worker processes ({@code --workers remote}). */
    public boolean remoteWorkers() {
        return remoteWorkers;
    }

    /** The partitions the run asked for, else {@code otherwise} (the setting {@code billcycle.partitions}). */
    public int partitions(int otherwise) {
        return partitions > 0 ? partitions : otherwise;
    }

    public LocalDate businessDate() {
        return businessDate;
    }

    /** The organization code, or null when the run covers every organization. */
    public String org() {
        return org;
    }

    public long jobExecutionId() {
        return jobExecutionId;
    }

    /** A job-specific option as given, or null. */
    public String option(String name) {
        return options.get(name);
    }

    public int intOption(String name, int defaultValue) {
        String value = options.get(name);
        try {
            return value == null ? defaultValue : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("job option " + name + " must be a whole number, was '" + value + "'");
        }
    }

    /** A yes/no option: true for yes, false for no or when not given. */
    public boolean yesOption(String name) {
        String value = options.get(name);
        if (value != null && !value.equals("yes") && !value.equals("no")) {
            throw new IllegalArgumentException("job option " + name + " must be yes or no, was '" + value + "'");
        }
        return "yes".equals(value);
    }

    /** A list of ids separated by commas, or null when not given. */
    public Long[] idsOption(String name) {
        String value = options.get(name);
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d+(,\\d+)*")) {
            throw new IllegalArgumentException("job option " + name + " must be ids separated by commas, was '" + value + "'");
        }
        return Arrays.stream(value.split(",")).map(Long::valueOf).toArray(Long[]::new);
    }

    /** Date, organization and every id, as the mapper statements of a job name them. */
    public Map<String, Object> sqlParameters() {
        return sqlParameters(IdRange.ALL);
    }

    /** Date, organization and the step's id range ({@link IdRange}), for readers and the statements of a step. */
    public Map<String, Object> sqlParameters(StepExecution step) {
        return sqlParameters(IdRange.of(step));
    }

    public Map<String, Object> sqlParameters(IdRange range) {
        Map<String, Object> params = new HashMap<>();
        params.put(SQL_DATE, businessDate);
        params.put(SQL_ORG, org);
        params.put(SQL_FROM_ID, range.fromId());
        params.put(SQL_TO_ID, range.toId());
        return params;
    }

    @Override
    public String toString() {
        return "BusinessRun[date=" + businessDate + ", org=" + org + ", execution=" + jobExecutionId + ", options=" + options + "]";
    }
}
