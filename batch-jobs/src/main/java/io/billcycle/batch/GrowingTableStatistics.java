package io.billcycle.batch;

import java.util.List;

import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Analyzes tables that a step grows from (nearly) empty, once they are big enough to matter.
 * <p>
 * Why: a foreign-key check is a query PostgreSQL plans once per connection and then reuses. Planned while the
 * referenced table (say {@code invoices}, which every ledger entry checks) still fits in a page or two, it becomes a
 * sequential scan, and stays one while the table grows by the thousand per chunk: the run turns quadratic until
 * autovacuum happens to analyze the table. An explicit ANALYZE once the step has written {@link #THRESHOLD} items makes
 * every connection plan those checks again, as index lookups. Tables that were already big at the start are left
 * alone.
 */
public class GrowingTableStatistics implements StepExecutionListener, ChunkListener<Object, Object> {

    /** Items written before the analysis, and the size under which a table counts as "nearly empty". */
    public static final long THRESHOLD = 2_000;

    private final StatisticsMapper mapper;
    private final List<String> tables;
    private final long threshold;
    private List<String> growing = List.of();
    private long written;

    public GrowingTableStatistics(StatisticsMapper mapper, List<String> tables) {
        this(mapper, tables, THRESHOLD);
    }

    GrowingTableStatistics(StatisticsMapper mapper, List<String> tables, long threshold) {
        this.mapper = mapper;
        this.tables = List.copyOf(tables);
        this.threshold = threshold;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        growing = tables.stream().filter(table -> mapper.estimatedRows(table) < threshold).toList();
        written = 0;
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        if (growing.isEmpty()) {
            return;
        }
        written += chunk.size();
        if (written >= threshold) {
            growing.forEach(mapper::analyze);
            growing = List.of();
        }
    }
}
