package io.billcycle.operations;

import org.apache.ibatis.annotations.Mapper;

/** PostgreSQL advisory locks that keep two launches of the same job instance apart, across processes. */
@Mapper
public interface LaunchLockMapper {

    /** Takes the transaction-scoped lock for {@code key} if free; it is released when the transaction ends. */
    boolean tryLock(String key);
}
