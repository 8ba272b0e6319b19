package io.billcycle.workers;

import java.util.List;

import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import io.billcycle.batch.PartitionedSteps;
import io.billcycle.database.HeldTransaction;

/**
 * Who may touch a partition's step execution: a PostgreSQL advisory lock on its id, held in an open transaction on a
 * connection of its own.
 * <ul>
 * <li>A worker takes it before it reads the partition and lets it go only after the partition's final status is
 * written. So a partition whose status is STARTED while nobody holds its lock was left by a worker that died: the
 * operating system closed its connection, and PostgreSQL ended the transaction and the lock with it, at once. This is
 * the worker's heartbeat, kept by PostgreSQL, with no clock and no timeout to tune.</li>
 * <li>The manager takes it, briefly, before it marks a partition FAILED; a worker that takes it next reads that status
 * and leaves the partition alone. Two writers of one step execution never race.</li>
 * </ul>
 */
@Component
public class PartitionLocks {

    private final SqlSessionFactory sessions;

    public PartitionLocks(@Qualifier("cursorSqlSessionFactory") SqlSessionFactory sessions) {
        this.sessions = sessions;
    }

    /** The partition's lock, or null when someone else holds it. */
    public HeldTransaction tryTake(long stepExecutionId) {
        SqlSession session = sessions.openSession(false);
        try {
            if (session.getMapper(PartitionLockMapper.class).tryLock(stepExecutionId)) {
                return HeldTransaction.of(session);
            }
        } catch (RuntimeException e) {
            HeldTransaction.release(session);
            throw e;
        }
        HeldTransaction.release(session);
        return null;
    }

    /**
     * The partitions of {@code execution} that a live worker is running right now (it holds their lock), as
     * "name (worker)". A manager that died leaves its workers running: its execution must not be recovered and restarted
     * under them.
     */
    public List<String> inHand(JobExecution execution) {
        return execution.getStepExecutions().stream().filter(step -> step.getStatus().isRunning())
                .filter(step -> PartitionedSteps.isPartition(step.getStepName()))
                .filter(this::heldBySomeone)
                .map(step -> step.getStepName() + " (worker " + PartitionedSteps.workerOf(step) + ")")
                .toList();
    }

    private boolean heldBySomeone(StepExecution partition) {
        try (HeldTransaction held = tryTake(partition.getId())) {
            return held == null;
        }
    }
}
