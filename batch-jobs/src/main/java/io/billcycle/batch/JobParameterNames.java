package io.billcycle.batch;

/**
 * Names of the job parameters every job understands. {@code date} and {@code org} identify a job instance;
 * {@code force} is added by {@code run --force} to start a completed job again as a new instance.
 */
public final class JobParameterNames {

    /** The business date, an ISO {@code LocalDate}. */
    public static final String DATE = "date";
    /** Organization code; absent means every organization. */
    public static final String ORG = "org";
    /** Present only on forced reruns; its value makes the instance new. */
    public static final String FORCE = "force";

    private JobParameterNames() {
    }
}
