package io.billcycle.operations;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;

/** Read-only queries of the job repository's history for operators; the SQL is in OperationsMapper.xml. */
@Mapper
public interface OperationsMapper {

    /** The newest executions first, optionally of one job. */
    List<ExecutionRow> selectExecutions(String job, int limit);

    /**
     * One execution, with its steps' counts summed over its instance up to it, as
     * {@code step:read:written} separated by {@code ;}, in the order the steps first ran.
     */
    record ExecutionRow(long id, String jobName, String parameters, String status, LocalDateTime startTime,
            LocalDateTime endTime, String stepCounts, String exitCode) {
    }
}
