package io.billcycle.operations;

import java.time.LocalDateTime;

/**
 * One execution, with its steps' counts summed over its instance up to it, as
 * {@code step:read:written} separated by {@code ;}, in the order the steps first ran.
 */
public record ExecutionRow(long id, String jobName, String parameters, String status, LocalDateTime startTime,
        LocalDateTime endTime, String stepCounts, String exitCode) {
}
