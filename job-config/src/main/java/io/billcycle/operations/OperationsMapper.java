package io.billcycle.operations;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;

/** Read-only queries for operators: organizations and the job repository's history. */
@Mapper
public interface OperationsMapper {

    Long findOrganizationId(String code);

    List<String> organizationCodes();

    /** The newest executions first, optionally of one job. */
    List<ExecutionRow> selectExecutions(String job, int limit);

    record ExecutionRow(long id, String jobName, String parameters, String status, LocalDateTime startTime,
            LocalDateTime endTime, Long readCount, Long writeCount, String exitCode) {
    }
}
