package io.billcycle.batch;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.PartitionNameProvider;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Builds a job's heavy step as a Spring Batch partitioned step: a manager step of the step's own name, whose
 * partitions ({@code <name>-worker:partition0}, ...) each run the worker step on one id range
 * ({@link IdRangePartitioner}). The partitions run on threads of this process, or, for a run with
 * {@code --workers remote}, in worker processes that take them from the broker ({@link RemotePartitions}); which of
 * the two is decided per run, so the same job bean serves both. The worker step is the job's chunk step as it was,
 * reading its range from the partition's context. Counts (read, written, commits) add up on the manager step; named
 * counters stay on each partition and the run summary adds them up.
 */
@Component
public class PartitionedSteps {

    /** What marks a partition's step execution: {@code <worker step>:partition<n>}. */
    public static final String PARTITION_MARK = ":partition";
    private static final String WORKER_SUFFIX = "-worker";

    private final JobRepository jobRepository;
    private final BatchSettings settings;
    private final TaskExecutor partitionThreads;
    private final ObjectProvider<RemotePartitions> remote;

    public PartitionedSteps(JobRepository jobRepository, BatchSettings settings, ObjectProvider<RemotePartitions> remote) {
        this.jobRepository = jobRepository;
        this.settings = settings;
        this.remote = remote;
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("partition-");
        threads.setConcurrencyLimit(BatchSettings.MAX_PARTITIONS);
        this.partitionThreads = threads;
    }

    /** The worker step's name for the manager step {@code name}. */
    public static String workerName(String name) {
        return name + WORKER_SUFFIX;
    }

    /**
     * The manager step {@code name} over {@code worker}, split into the run's partitions ({@code --partitions}, else
     * {@code billcycle.partitions}) at the quantiles {@code quantiles} returns: the step's own quantile query, given
     * the run's SQL parameters and {@code fractions} ({@link IdRangePartitioner#quantileParameters}).
     */
    public Step of(String name, Step worker, Function<Map<String, Object>, List<Long>> quantiles) {
        Partitioner partitioner = new RangePartitions(worker.getName(), quantiles);
        TaskExecutorPartitionHandler threads = new TaskExecutorPartitionHandler();
        threads.setStep(worker);
        threads.setTaskExecutor(partitionThreads);
        PartitionHandler perRun = (splitter, manager) -> {
            if (!BusinessRun.of(manager.getJobExecution()).remoteWorkers()) {
                return threads.handle(splitter, manager);
            }
            RemotePartitions workers = remote.getIfAvailable();
            if (workers == null) {
                throw new IllegalStateException("this process cannot send partitions to remote workers");
            }
            return workers.handle(worker.getName(), splitter, manager);
        };
        return new StepBuilder(name, jobRepository)
                .partitioner(worker.getName(), partitioner)
                .step(worker)
                .partitionHandler(perRun)
                .build();
    }

    /**
     * Splits a run into id ranges the first time, and on a restart names the partitions the first time made, so that
     * Spring Batch restarts exactly those that did not complete, each with the range it had (it keeps each partition's
     * context). Splitting again would cut the items that are left into new ranges under the old names: a range whose
     * name had completed would be skipped with its work undone.
     */
    private final class RangePartitions implements Partitioner, PartitionNameProvider {
        private final String worker;
        private final Function<Map<String, Object>, List<Long>> quantiles;

        RangePartitions(String worker, Function<Map<String, Object>, List<Long>> quantiles) {
            this.worker = worker;
            this.quantiles = quantiles;
        }

        @Override
        public Map<String, ExecutionContext> partition(int gridSize) {
            // the partitioner runs inside the manager step, whose execution says which run this is
            BusinessRun run = BusinessRun.of(manager().getJobExecution());
            return new IdRangePartitioner(run.partitions(settings.partitions()),
                    fractions -> quantiles.apply(IdRangePartitioner.quantileParameters(run, fractions)))
                    .partition(gridSize);
        }

        /**
         * The partitions of the instance's earlier executions, as the job repository recorded them. None (the first
         * run died before making any): one partition over every id, which is always right.
         */
        @Override
        public Collection<String> getPartitionNames(int gridSize) {
            StepExecution manager = manager();
            String prefix = worker + PARTITION_MARK;
            Set<String> names = new TreeSet<>();
            for (JobExecution execution : jobRepository.getJobExecutions(manager.getJobExecution().getJobInstance())) {
                execution.getStepExecutions().stream().map(StepExecution::getStepName).filter(n -> n.startsWith(prefix))
                        .forEach(n -> names.add(n.substring(worker.length() + 1)));
            }
            return names.isEmpty() ? List.of("partition0") : names;
        }

        private StepExecution manager() {
            return StepSynchronizationManager.getContext().getStepExecution();
        }
    }

    /**
     * The manager step a step execution belongs to: its own name, or its manager's for a partition, whose execution
     * Spring Batch names after the worker step ({@code assess-accounts-worker:partition0} belongs to
     * {@code assess-accounts}).
     */
    public static String managerOf(String stepName) {
        int mark = stepName.indexOf(PARTITION_MARK);
        if (mark < 0) {
            return stepName;
        }
        String worker = stepName.substring(0, mark);
        return worker.endsWith(WORKER_SUFFIX) ? worker.substring(0, worker.length() - WORKER_SUFFIX.length()) : worker;
    }

    /** Context key of the worker (host and pid) that ran a partition. */
    static final String WORKER_KEY = "partition.worker";

    /**
     * Records on each partition's context which process ran it ({@code host/pid}), for {@code execution ID}; every
     * worker step carries it.
     */
    public static final StepExecutionListener RECORD_WORKER = new StepExecutionListener() {
        @Override
        public void beforeStep(StepExecution stepExecution) {
            stepExecution.getExecutionContext().putString(WORKER_KEY, thisWorker());
        }
    };

    /** The worker that ran a partition, as recorded, or "-". */
    public static String workerOf(StepExecution partition) {
        return partition.getExecutionContext().getString(WORKER_KEY, "-");
    }

    public static String thisWorker() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "localhost";
        }
        return host + "/" + ProcessHandle.current().pid();
    }

    public static boolean isPartition(String stepName) {
        return stepName.contains(PARTITION_MARK);
    }
}
