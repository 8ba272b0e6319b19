package io.billcycle.operations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

import io.billcycle.batch.PartitionedSteps;
import io.billcycle.batch.StepCounters;

/**
 * What one step did over a whole job instance, up to a given execution: a restart runs only the steps that had not
 * completed, with counts starting from zero, so the counts of the instance are the sum over its executions. Named
 * counters ({@link StepCounters}) are carried on by restarts and are taken from the step's latest execution.
 */
public record StepTotals(String step, BatchStatus status, long read, long written, long filtered, long skipped,
        long commits, Map<String, Long> counters, StepExecution latest, List<StepExecution> partitions) {

    /**
     * Every step of {@code executions} (one instance's), up to and including {@code upTo}, in the order they first ran.
     * A partitioned step is one row: its manager's counts (Spring Batch adds its partitions' counts up on it), the
     * named counters of its partitions added up (each partition's latest execution), and those partitions.
     */
    public static List<StepTotals> of(List<JobExecution> executions, long upTo) {
        Map<String, List<StepExecution>> byStep = new LinkedHashMap<>();
        Map<String, Map<String, StepExecution>> partitionsByStep = new LinkedHashMap<>();
        executions.stream().filter(e -> e.getId() <= upTo).flatMap(e -> e.getStepExecutions().stream())
                .sorted(Comparator.comparing(StepExecution::getId))
                .forEach(s -> {
                    String step = PartitionedSteps.managerOf(s.getStepName());
                    if (PartitionedSteps.isPartition(s.getStepName())) {
                        // a restarted partition runs again under the same name: its latest execution counts
                        partitionsByStep.computeIfAbsent(step, name -> new LinkedHashMap<>()).put(s.getStepName(), s);
                    } else {
                        byStep.computeIfAbsent(step, name -> new ArrayList<>()).add(s);
                    }
                });
        List<StepTotals> totals = new ArrayList<>();
        byStep.forEach((name, runs) -> {
            StepExecution latest = runs.get(runs.size() - 1);
            List<StepExecution> partitions = List.copyOf(partitionsByStep.getOrDefault(name, Map.of()).values());
            Map<String, Long> counters = new LinkedHashMap<>(StepCounters.all(latest));
            partitions.forEach(p -> StepCounters.all(p).forEach((counter, n) -> counters.merge(counter, n, Long::sum)));
            totals.add(new StepTotals(name, latest.getStatus(),
                    runs.stream().mapToLong(StepExecution::getReadCount).sum(),
                    runs.stream().mapToLong(StepExecution::getWriteCount).sum(),
                    runs.stream().mapToLong(StepExecution::getFilterCount).sum(),
                    runs.stream().mapToLong(StepExecution::getSkipCount).sum(),
                    runs.stream().mapToLong(StepExecution::getCommitCount).sum(),
                    counters, latest, partitions));
        });
        return totals;
    }
}
