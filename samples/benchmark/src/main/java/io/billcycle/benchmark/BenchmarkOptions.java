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
        Path appJar) {
}
