package io.billcycle.batch;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The slice of ids (plans, accounts, payments...) a step works on, inclusive at both ends. Read from the step's
 * execution context, where a partitioner would put it; a step that nobody partitioned covers every id. Readers and
 * set-based statements filter on it, so a step can later be split across processes without rewriting its SQL.
 */
public record IdRange(long fromId, long toId) {

    /** Context keys a partitioner sets on each partition's step execution. */
    public static final String FROM_KEY = "range.fromId";
    public static final String TO_KEY = "range.toId";

    public static final IdRange ALL = new IdRange(0, Long.MAX_VALUE);

    public IdRange {
        if (fromId > toId) {
            throw new IllegalArgumentException("empty id range " + fromId + ".." + toId);
        }
    }

    public static IdRange of(StepExecution step) {
        ExecutionContext context = step.getExecutionContext();
        return new IdRange(context.getLong(FROM_KEY, ALL.fromId()), context.getLong(TO_KEY, ALL.toId()));
    }

    /** Puts this range on a (partition's) step context. */
    public void storeIn(ExecutionContext context) {
        context.putLong(FROM_KEY, fromId);
        context.putLong(TO_KEY, toId);
    }
}
