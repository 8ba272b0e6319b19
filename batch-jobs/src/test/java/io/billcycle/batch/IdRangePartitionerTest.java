package io.billcycle.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** The partitioner's ranges cover every id exactly once and hold about equal numbers of items, whatever the ids. */
class IdRangePartitionerTest {

    /** What PostgreSQL's percentile_disc returns: the first value whose cumulative share reaches the fraction. */
    static List<Long> quantiles(List<Long> sortedIds, double[] fractions) {
        List<Long> cuts = new ArrayList<>();
        for (double f : fractions) {
            int index = Math.max(0, (int) Math.ceil(f * sortedIds.size()) - 1);
            cuts.add(sortedIds.isEmpty() ? null : sortedIds.get(index));
        }
        return cuts;
    }

    /** Skewed id sets: dense runs, wide gaps, clusters near 1 and near the end, a few huge ids, duplicates of none. */
    static List<Long> skewedIds(Random random) {
        TreeSet<Long> ids = new TreeSet<>();
        int runs = 1 + random.nextInt(6);
        for (int r = 0; r < runs; r++) {
            long start = 1 + (long) (Math.pow(random.nextDouble(), 4) * 1_000_000_000L);
            int length = random.nextInt(2_000);
            long step = 1 + random.nextInt(random.nextBoolean() ? 2 : 5_000);
            for (int i = 0; i < length; i++) {
                ids.add(start + i * step);
            }
        }
        if (random.nextInt(4) == 0) {
            ids.add(Long.MAX_VALUE - 1);
        }
        return new ArrayList<>(ids);
    }

    @RepeatedTest(200)
    void everyIdFallsInExactlyOneRangeAndTheRangesHoldAboutEqualCounts() {
        Random random = new Random();
        long seed = random.nextLong();
        random.setSeed(seed);
        List<Long> ids = skewedIds(random);
        int partitions = 1 + random.nextInt(8);

        Map<String, ExecutionContext> contexts = new IdRangePartitioner(partitions, f -> quantiles(ids, f)).partition(1);

        List<IdRange> ranges = contexts.values().stream()
                .map(c -> new IdRange(c.getLong(IdRange.FROM_KEY), c.getLong(IdRange.TO_KEY))).toList();
        assertThat(ranges).as("seed %d", seed).hasSizeBetween(1, partitions);
        assertThat(ranges.get(0).fromId()).isZero();
        assertThat(ranges.get(ranges.size() - 1).toId()).isEqualTo(Long.MAX_VALUE);
        for (int i = 1; i < ranges.size(); i++) {
            assertThat(ranges.get(i).fromId()).as("seed %d: contiguous", seed).isEqualTo(ranges.get(i - 1).toId() + 1);
        }
        for (long id : ids) {
            assertThat(ranges.stream().filter(r -> r.contains(id))).as("seed %d, id %d", seed, id).hasSize(1);
        }
        if (ids.size() >= partitions * 10) {
            // each range holds about a 1/n share: at most one item off its quantile, never a whole span of ids
            long most = ranges.stream().mapToLong(r -> ids.stream().filter(r::contains).count()).max().orElseThrow();
            assertThat(most).as("seed %d", seed).isLessThanOrEqualTo(ids.size() / partitions + 2);
        }
    }

    @Test
    void oneOrNoItemsMakeOneRangeOfEverything() {
        assertThat(new IdRangePartitioner(1, f -> List.of()).partition(4)).hasSize(1);
        assertThat(IdRange.split(List.of())).containsExactly(IdRange.ALL);
        assertThat(IdRange.split(java.util.Arrays.asList(null, 0L, 5L, 5L, 3L)))
                .containsExactly(new IdRange(0, 2), new IdRange(3, 4), new IdRange(5, Long.MAX_VALUE));
        assertThat(IdRangePartitioner.fractions(4)).containsExactly(0.25, 0.5, 0.75);
    }
}
