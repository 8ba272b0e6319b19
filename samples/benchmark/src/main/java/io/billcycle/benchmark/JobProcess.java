package io.billcycle.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs billcycle in a JVM of its own, with a fixed maximum heap and a GC log, so the job is measured as a scheduler
 * would launch it and its heap can be read afterwards. Started from the application jar when one is given, else
 * from this JVM's class path (inside a build's tests).
 */
final class JobProcess {

    private static final String MAIN_CLASS = "io.billcycle.BillcycleApplication";
    // "Pause Young (Normal) (G1 Evacuation Pause) 24M->6M(256M)": used before, used after, committed
    private static final Pattern HEAP = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    private JobProcess() {
    }

    record Result(int exitCode, Duration wallTime, long maxHeapAfterGcBytes, long maxHeapUsedBytes, Path log) {
    }

    /**
     * The job as {@code options} say: in one JVM, or as the manager of {@code layout.workers()} worker JVMs (each
     * with the same heap) that it sends its partitions to through the broker it embeds. The workers are started
     * first and stopped after; only the manager's heap is reported.
     */
    static Result run(BenchmarkOptions options, List<String> args, Map<String, String> environment, String logName)
            throws IOException, InterruptedException {
        Layout layout = options.layout();
        if (layout.partitions() > 0) {
            environment = new java.util.HashMap<>(environment);
            environment.put("BILLCYCLE_PARTITIONS", Integer.toString(layout.partitions()));
        }
        if (layout.workers() == 0) {
            return run(options.appJar(), args, environment, options.maxHeap(), options.workDir(), logName);
        }
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<Process> workers = new ArrayList<>();
        try {
            for (int i = 1; i <= layout.workers(); i++) {
                Map<String, String> env = new java.util.HashMap<>(environment);
                env.put("SPRING_ARTEMIS_BROKER_URL", "tcp://localhost:" + port);
                workers.add(start(options.appJar(), List.of("worker"), env, options.maxHeap(), options.workDir(),
                        logName + "-worker" + i));
            }
            // workers are long-lived in production: time the run, not their start-up
            for (int i = 1; i <= layout.workers(); i++) {
                awaitStarted(workers.get(i - 1), options.workDir().resolve(logName + "-worker" + i + ".log"));
            }
            Map<String, String> env = new java.util.HashMap<>(environment);
            env.put("BILLCYCLE_WORKERS_LISTEN", "tcp://localhost:" + port);
            List<String> manager = new ArrayList<>(args);
            manager.addAll(List.of("--workers", "remote"));
            return run(options.appJar(), manager, env, options.maxHeap(), options.workDir(), logName);
        } finally {
            for (Process worker : workers) {
                worker.destroy();
            }
            for (Process worker : workers) {
                worker.waitFor();
            }
        }
    }

    /** Waits for a worker's first line, which it prints once started; a benchmark may wait on the clock. */
    private static void awaitStarted(Process worker, Path log) throws IOException, InterruptedException {
        while (!Files.exists(log) || !Files.readString(log).contains("joined database")) {
            if (!worker.isAlive()) {
                throw new IllegalStateException("a worker ended before it started; see " + log);
            }
            Thread.sleep(100);
        }
    }

    static Result run(Path appJar, List<String> args, Map<String, String> environment, String maxHeap, Path workDir,
            String logName)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = start(appJar, args, environment, maxHeap, workDir, logName);
        int exit = process.waitFor();
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        long[] heap = heapFrom(Files.readAllLines(workDir.resolve(logName + "-gc.log")));
        return new Result(exit, wall, heap[0], heap[1], workDir.resolve(logName + ".log"));
    }

    private static Process start(Path appJar, List<String> args, Map<String, String> environment, String maxHeap,
            Path workDir, String logName) throws IOException {
        Files.createDirectories(workDir);
        Path log = workDir.resolve(logName + ".log");
        Path gcLog = workDir.resolve(logName + "-gc.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap, "-Xlog:gc:file=" + gcLog + ":uptime,level,tags:filecount=0"));
        if (appJar != null) {
            command.addAll(List.of("-jar", appJar.toString()));
        } else {
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), MAIN_CLASS));
        }
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** The largest heap left after a collection (the live set) and the largest seen before one. */
    static long[] heapFrom(List<String> gcLines) {
        long after = 0;
        long before = 0;
        for (String line : gcLines) {
            Matcher m = HEAP.matcher(line);
            if (m.find()) {
                before = Math.max(before, bytes(m.group(1), m.group(2)));
                after = Math.max(after, bytes(m.group(3), m.group(4)));
            }
        }
        return new long[] {after, before};
    }

    private static long bytes(String amount, String unit) {
        long n = Long.parseLong(amount);
        return switch (unit) {
            case "K" -> n << 10;
            case "M" -> n << 20;
            default -> n << 30;
        };
    }
}
