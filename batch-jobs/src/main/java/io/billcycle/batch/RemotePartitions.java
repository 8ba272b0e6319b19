package io.billcycle.batch;

import java.util.Collection;

import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.step.StepExecution;

/**
 * Runs a partitioned step's partitions in worker processes instead of this process's threads: the application's
 * broker side (the {@code workers} package of the runnable application) implements it with Spring Batch's remote
 * partitioning. The jobs know only this much of it.
 */
public interface RemotePartitions {

    /**
     * Creates the partitions of {@code manager} with {@code splitter}, has workers run each with the step
     * {@code workerStep}, and returns them once every one has ended, as the job repository shows them.
     */
    Collection<StepExecution> handle(String workerStep, StepExecutionSplitter splitter, StepExecution manager)
            throws Exception;
}
