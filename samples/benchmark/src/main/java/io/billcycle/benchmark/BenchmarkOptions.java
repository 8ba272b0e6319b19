package io.billcycle.benchmark;

import java.nio.file.Path;
import java.util.List;

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
        Path appJar, List<Layout> layouts) {

    public BenchmarkOptions {
        layouts = List.copyOf(layouts);
    }

    public BenchmarkOptions(long size, long seed, int chunkSize, String maxHeap, Path workDir, boolean keep, Path appJar) {
        this(size, seed, chunkSize, maxHeap, workDir, keep, appJar, List.of(Layout.DEFAULT));
    }

    /** The layout this timing runs with: the first (and, within a timing, only) one. */
    public Layout layout() {
        return layouts.get(0);
    }

    /** The same options for one timing with {@code layout}. */
    public BenchmarkOptions with(Layout layout) {
        return new BenchmarkOptions(size, seed, chunkSize, maxHeap, workDir, keep, appJar, List.of(layout));
    }
}
