package io.billcycle.batch;

import java.util.function.LongSupplier;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Forwards a chunk step's progress to the {@link ProgressSink}. The expected total comes from a count query run once
 * when the step starts. A restarted step starts its counts from zero and its query finds only what is left, so its
 * bar runs from zero to what is left.
 */
public class StepProgressListener implements StepExecutionListener, ChunkListener<Object, Object> {

    private final ProgressSink sink;
    private final LongSupplier expectedItems;
    private StepExecution stepExecution;

    public StepProgressListener(ObjectProvider<ProgressSink> sink, LongSupplier expectedItems) {
        this.sink = sink.getIfAvailable(() -> ProgressSink.NONE);
        this.expectedItems = expectedItems;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        this.stepExecution = stepExecution;
        sink.stepStarted(stepExecution.getStepName(), expectedItems.getAsLong());
    }

    @Override
    public void afterChunk(ChunkContext context) {
        sink.progressed(stepExecution.getStepName(), stepExecution.getReadCount());
    }

    @Override
    public void afterChunk(org.springframework.batch.infrastructure.item.Chunk<Object> chunk) {
        sink.progressed(stepExecution.getStepName(), stepExecution.getReadCount());
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        sink.stepFinished(stepExecution.getStepName(), stepExecution.getReadCount());
        return null;
    }
}
