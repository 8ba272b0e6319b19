package io.billcycle.benchmark;

/** What the benchmark database holds before the runs. */
public record DataSize(long plans, long accounts, long bytes) {
}
