package io.billcycle.operations;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * The outcome of a launch: the execution that ran, or, when the instance had already completed, that execution and
 * {@code alreadyCompleted}.
 */
public record LaunchResult(JobExecution execution, boolean alreadyCompleted) {

    public boolean succeeded() {
        return execution.getStatus() == BatchStatus.COMPLETED;
    }
}
