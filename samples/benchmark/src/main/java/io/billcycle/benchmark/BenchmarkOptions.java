package io.billcycle.benchmark;

import java.nio.file.Path;

/**
 * @param size      billing plans (invoicing: about, the sample edge cases come on top) or accounts (receivables) to load
 * @param seed      sample data seed
 * @param chunkSize the job's chunk size
 * @param maxHeap   the job JVM's -Xmx
 * @param workDir   where the job's log, GC log and export files go
 * @param keep      keep the three databases afterwards for inspection
 * @param appJar    the application jar the job runs from, or null to start it from this JVM's class path
 */
public record BenchmarkOptions(long size, long seed, int chunkSize, String maxHeap, Path workDir, boolean keep,
        Path appJar, int workers) {

    public BenchmarkOptions(long size, long seed, int chunkSize, String maxHeap, Path workDir, boolean keep, Path appJar) {
        this(size, seed, chunkSize, maxHeap, workDir, keep, appJar, 0);
    }

    /** How the job's partitions run, for the report. */
    public String layout() {
        String partitions = System.getenv().getOrDefault("BILLCYCLE_PARTITIONS", "the default");
        return partitions + " partition(s), " + (workers == 0 ? "on the job's threads" : "on " + workers + " worker processes");
    }
}
