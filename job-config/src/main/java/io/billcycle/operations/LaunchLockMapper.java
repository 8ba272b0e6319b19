package io.billcycle.operations;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;

/** PostgreSQL advisory locks that keep two launches of the same job instance apart, across processes. */
@Mapper
public interface LaunchLockMapper {

    /**
     * Tries the transaction-scoped lock of every key, all in one statement, and returns the keys that someone else
     * holds; those taken are released when the transaction ends.
     */
    List<String> tryLocks(String[] keys);

    /**
     * Removes a job instance that has no execution: what a launch leaves when it dies between creating the instance
     * and its first execution. Returns 1 when it removed one.
     */
    int deleteInstanceWithoutExecution(long instanceId);
}
