package io.billcycle.workers;

import java.util.Collection;

import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.messaging.MessageChannel;
import org.springframework.stereotype.Component;

import io.billcycle.batch.ProgressSink;
import io.billcycle.batch.RemotePartitions;

/**
 * The manager's half of remote partitioning: Spring Batch's {@link MessageChannelPartitionHandler} sends one request
 * per partition to the broker and learns each partition's end by polling the job repository, the pattern of
 * spring-batch-samples' remote partitioning with repository polling and of Fineract's close-of-business. Beside it a
 * {@link PartitionWatch} fails the partitions no live worker holds any more, so a dead worker fails the job instead of
 * leaving it waiting.
 */
@Component
public class BrokerPartitions implements RemotePartitions {

    private final JobRepository jobRepository;
    private final MessageChannel requests;
    private final WorkerSettings settings;
    private final PartitionLocks locks;
    private final ObjectProvider<ProgressSink> progress;

    public BrokerPartitions(JobRepository jobRepository, @Qualifier("partitionRequests") MessageChannel requests,
            WorkerSettings settings, PartitionLocks locks, ObjectProvider<ProgressSink> progress) {
        this.jobRepository = jobRepository;
        this.requests = requests;
        this.settings = settings;
        this.locks = locks;
        this.progress = progress;
    }

    @Override
    public Collection<StepExecution> handle(String workerStep, StepExecutionSplitter splitter, StepExecution manager)
            throws Exception {
        // one handler per step execution: its state (step name) is the step's, as its Javadoc asks
        MessageChannelPartitionHandler handler = new MessageChannelPartitionHandler();
        handler.setStepName(workerStep);
        handler.setJobRepository(jobRepository);
        handler.setPollInterval(settings.pollInterval().toMillis());
        handler.setMessagingOperations(new MessagingTemplate(requests));
        handler.afterPropertiesSet();
        try (PartitionWatch watch = PartitionWatch.start(manager, workerStep, jobRepository, locks, settings,
                progress.getIfAvailable(() -> ProgressSink.NONE))) {
            return handler.handle(splitter, manager);
        }
    }
}
