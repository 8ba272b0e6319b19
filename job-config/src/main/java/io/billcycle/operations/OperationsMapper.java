package io.billcycle.operations;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;

/** Read-only queries of the job repository's history for operators; the SQL is in OperationsMapper.xml. */
@Mapper
public interface OperationsMapper {

    /** The newest executions first, optionally of one job. */
    List<ExecutionRow> selectExecutions(String job, int limit);
}
