package io.billcycle.batch;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Named counters a step publishes beside the framework's read / written / skipped, such as "parked": kept in the
 * step's execution context, so the run summary prints them without knowing the job, and a restart carries them on.
 * <p>
 * Why the undo: the chunk's transaction saves the context together with the chunk's writes, but the in-memory context
 * of a chunk that rolls back still holds the increment, and the framework saves it once more when the step fails. So
 * an increment made inside a transaction is taken back if that transaction rolls back, and a restart after any
 * failure counts exactly what was committed.
 */
public final class StepCounters {

    private static final String PREFIX = "count.";

    private StepCounters() {
    }

    public static void add(StepExecution step, String name, long delta) {
        if (delta == 0) {
            return;
        }
        ExecutionContext context = step.getExecutionContext();
        String key = PREFIX + name;
        context.putLong(key, context.getLong(key, 0L) + delta);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        context.putLong(key, context.getLong(key, 0L) - delta);
                    }
                }
            });
        }
    }

    public static long get(StepExecution step, String name) {
        return step.getExecutionContext().getLong(PREFIX + name, 0L);
    }

    /**
     * A counter of one execution's step, added up over its partitions when it is partitioned (the counters stay on
     * each partition's context, see {@link PartitionedSteps}).
     */
    public static long total(org.springframework.batch.core.job.JobExecution execution, String step, String name) {
        return execution.getStepExecutions().stream()
                .filter(s -> PartitionedSteps.managerOf(s.getStepName()).equals(step))
                .mapToLong(s -> get(s, name)).sum();
    }

    /** Every counter the step published, by name, in a stable order. */
    public static Map<String, Long> all(StepExecution step) {
        Map<String, Long> counters = new LinkedHashMap<>();
        step.getExecutionContext().entrySet().stream()
                .filter(e -> e.getKey().startsWith(PREFIX) && e.getValue() instanceof Number)
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> counters.put(e.getKey().substring(PREFIX.length()), ((Number) e.getValue()).longValue()));
        return counters;
    }
}
