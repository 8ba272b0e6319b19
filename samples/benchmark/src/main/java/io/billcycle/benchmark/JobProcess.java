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

    static Result run(Path appJar, List<String> args, Map<String, String> environment, String maxHeap, Path workDir,
            String logName)
            throws IOException, InterruptedException {
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
        long start = System.nanoTime();
        int exit = builder.start().waitFor();
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        long[] heap = heapFrom(Files.readAllLines(gcLog));
        return new Result(exit, wall, heap[0], heap[1], log);
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
