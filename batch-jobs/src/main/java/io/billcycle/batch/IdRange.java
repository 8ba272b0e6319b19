package io.billcycle.batch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

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

    /**
     * The ranges that cut every id at {@code cuts}: the first from 0 to just before the first cut, each next one from
     * its cut to just before the next, the last open-ended. Together they cover every id exactly once, whatever ids
     * exist; cuts that repeat or are not above 0 are ignored, so there may be fewer ranges than cuts plus one.
     */
    public static List<IdRange> split(Collection<Long> cuts) {
        List<Long> points = cuts.stream().filter(c -> c != null && c > ALL.fromId()).distinct().sorted().toList();
        List<IdRange> ranges = new ArrayList<>(points.size() + 1);
        long from = ALL.fromId();
        for (long cut : points) {
            ranges.add(new IdRange(from, cut - 1));
            from = cut;
        }
        ranges.add(new IdRange(from, ALL.toId()));
        return ranges;
    }

    public boolean contains(long id) {
        return fromId <= id && id <= toId;
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
