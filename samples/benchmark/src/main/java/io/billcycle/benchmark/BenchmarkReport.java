package io.billcycle.benchmark;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** What one benchmark round measured, and whether both copies ended identical. */
public record BenchmarkReport(DataSize data, BenchmarkOptions options, Duration sqlElapsed, long sqlInvoices,
        long sqlParked, long sqlEnded, StepTiming job, List<StepTiming> steps, JobProcess.Result process,
        List<TableFingerprint> sqlFingerprints, List<TableFingerprint> jobFingerprints) {

    /** The step the SQL has no counterpart for. */
    static final String EXPORT_STEP = "export-invoices";

    public boolean identical() {
        return Objects.equals(sqlFingerprints, jobFingerprints);
    }

    /** The whole job, export included, against the SQL. */
    public double ratio() {
        return seconds(job.elapsed()) / seconds(sqlElapsed);
    }

    /** The steps that do what the SQL does (all but the CSV export) against the SQL. */
    public double comparableRatio() {
        Duration comparable = steps.stream().filter(s -> !EXPORT_STEP.equals(s.stepName()))
                // a partition's time is already in its manager step's
                .filter(s -> !s.stepName().contains(":partition"))
                .map(StepTiming::elapsed).reduce(Duration.ZERO, Duration::plus);
        return seconds(comparable) / seconds(sqlElapsed);
    }

    public void print(PrintWriter out) {
        out.printf("invoice-generation benchmark, business date %s; %s%n", InvoiceRunBenchmark.DATE, options.layout());
        out.printf("  data            %,d plans, %,d accounts, database %,d MB%n", data.plans(), data.accounts(),
                data.bytes() >> 20);
        out.printf("  set-based SQL   %8.1f s  %,d invoices with CHARGE entries, %,d plans parked, %,d ended plans deactivated%n",
                seconds(sqlElapsed), sqlInvoices, sqlParked, sqlEnded);
        out.printf("  job             %8.1f s  -Xmx%s, chunk size %d; JVM wall time %.1f s; heap max %d MB after GC, %d MB before%n",
                seconds(job.elapsed()), options.maxHeap(), options.chunkSize(), seconds(process.wallTime()),
                process.maxHeapAfterGcBytes() >> 20, process.maxHeapUsedBytes() >> 20);
        for (StepTiming step : steps) {
            out.printf("    %-24s %8.1f s  read %,d, written %,d, filtered %,d, commits %,d%n", step.stepName(),
                    seconds(step.elapsed()), step.readCount(), step.writeCount(), step.filterCount(), step.commitCount());
        }
        out.printf("  ratio job/SQL   %8.2f    (without the CSV export, which the SQL does not write: %.2f)%n", ratio(),
                comparableRatio());
        TableFingerprint.printVerdict(out, sqlFingerprints, jobFingerprints);
        out.flush();
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
