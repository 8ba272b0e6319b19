package io.billcycle.workers;

import org.apache.ibatis.annotations.Mapper;

/** The lock a worker holds on a partition's step execution while it runs it ({@link PartitionLocks}). */
@Mapper
public interface PartitionLockMapper {

    /** Takes the partition's transaction-scoped lock if nobody holds it; released when the transaction ends. */
    boolean tryLock(long stepExecutionId);
}
