package io.billcycle.benchmark;

import java.time.Duration;
import java.time.LocalDateTime;

/** A step's (or the job's) start and end as the job repository recorded them, with its counts. */
public record StepTiming(String stepName, LocalDateTime startTime, LocalDateTime endTime, long readCount,
        long writeCount, long filterCount, long commitCount) {

    public Duration elapsed() {
        return Duration.between(startTime, endTime);
    }
}
