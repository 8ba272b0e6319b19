package io.billcycle.benchmark;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a round of jobs against their set-based SQL measured (the receivables and collections benchmarks), and whether
 * both copies ended identical.
 *
 * @param title the round's name and business date
 * @param data  what the database held before the runs, in words
 */
public record ContestReport(String title, String data, BenchmarkOptions options, List<Contest> contests,
        List<TableFingerprint> sqlFingerprints, List<TableFingerprint> jobFingerprints) {

    /**
     * One job against its set-based SQL.
     *
     * @param sqlRows     what the SQL changed, counted in {@code rowsChanged}
     * @param rowsChanged what the count counts, e.g. "accounts" or "payments paid"
     */
    public record Contest(String jobName, Duration sqlElapsed, long sqlRows, String rowsChanged, StepTiming job,
            List<StepTiming> steps, JobProcess.Result process) {

        /** The whole job, export included, against the SQL. */
        public double ratio() {
            return seconds(job.elapsed()) / seconds(sqlElapsed);
        }

        /** The steps that do what the SQL does (all but the files: the CSV export, the printed PDF) against the SQL. */
        public double comparableRatio() {
            Duration comparable = steps.stream()
                    .filter(s -> !s.stepName().startsWith("export-") && !s.stepName().startsWith("print-"))
                    // a partition's time is already in its manager step's
                    .filter(s -> !s.stepName().contains(":partition"))
                    .map(StepTiming::elapsed).reduce(Duration.ZERO, Duration::plus);
            return seconds(comparable) / seconds(sqlElapsed);
        }
    }

    public boolean identical() {
        return Objects.equals(sqlFingerprints, jobFingerprints);
    }

    public void print(PrintWriter out) {
        out.println(title);
        out.printf("  data            %s%n", data);
        for (Contest c : contests) {
            out.printf("  %s%n", c.jobName());
            out.printf("    set-based SQL %8.1f s  %,d %s%n", seconds(c.sqlElapsed()), c.sqlRows(), c.rowsChanged());
            out.printf("    job           %8.1f s  -Xmx%s, chunk size %d; JVM wall time %.1f s; heap max %d MB after GC, %d MB before%n",
                    seconds(c.job().elapsed()), options.maxHeap(), options.chunkSize(), seconds(c.process().wallTime()),
                    c.process().maxHeapAfterGcBytes() >> 20, c.process().maxHeapUsedBytes() >> 20);
            for (StepTiming step : c.steps()) {
                out.printf("      %-24s %8.1f s  read %,d, written %,d, commits %,d%n", step.stepName(),
                        seconds(step.elapsed()), step.readCount(), step.writeCount(), step.commitCount());
            }
            out.printf("    ratio job/SQL %8.2f    (without the files, which the SQL does not write: %.2f)%n",
                    c.ratio(), c.comparableRatio());
        }
        TableFingerprint.printVerdict(out, sqlFingerprints, jobFingerprints);
        out.flush();
    }

    static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
