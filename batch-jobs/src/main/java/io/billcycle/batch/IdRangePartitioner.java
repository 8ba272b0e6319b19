package io.billcycle.batch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits a step's items into id ranges holding about as many items each, not equal spans of ids: the step's own
 * query, asked for the ids at the 1/n, 2/n, ... quantiles of its items ({@code percentile_disc} in PostgreSQL), gives
 * the cuts, and {@link IdRange#split} turns them into ranges that cover every id exactly once. Each range goes on its
 * partition's step context ({@link IdRange#storeIn}), where the step's reader and writer find it.
 * <p>
 * On a restart Spring Batch does not ask again: it restarts the partitions that did not complete with the ranges they
 * had, so a range never moves under work already committed.
 */
public final class IdRangePartitioner implements Partitioner {

    private final int partitions;
    private final Function<double[], List<Long>> cutsAt;

    /**
     * @param partitions how many partitions the run asked for; the step's grid size is not used, since it is fixed
     *                   when the step is built and the number of partitions is the run's
     * @param cutsAt     the ids at the given fractions of the step's items, in order (the step's quantile query)
     */
    public IdRangePartitioner(int partitions, Function<double[], List<Long>> cutsAt) {
        this.partitions = partitions;
        this.cutsAt = cutsAt;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        List<IdRange> ranges = IdRange.split(partitions <= 1 ? List.of() : cutsAt.apply(fractions(partitions)));
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int i = 0; i < ranges.size(); i++) {
            ExecutionContext context = new ExecutionContext();
            ranges.get(i).storeIn(context);
            partitions.put("partition" + i, context);
        }
        return partitions;
    }

    /**
     * A step's quantile query parameters: the run's (every id) and {@code fractions}, as the mapper XML names them
     * ({@code percentile_disc(#{fractions}::float8[]) within group (order by id)}).
     */
    public static Map<String, Object> quantileParameters(BusinessRun run, double[] fractions) {
        Map<String, Object> parameters = run.sqlParameters();
        parameters.put("fractions", java.util.Arrays.stream(fractions).boxed().toArray(Double[]::new));
        return parameters;
    }

    /** 1/n, 2/n, ..., (n-1)/n: where the n-1 cuts of n partitions fall. */
    static double[] fractions(int partitions) {
        double[] fractions = new double[partitions - 1];
        for (int i = 1; i < partitions; i++) {
            fractions[i - 1] = (double) i / partitions;
        }
        return fractions;
    }
}
