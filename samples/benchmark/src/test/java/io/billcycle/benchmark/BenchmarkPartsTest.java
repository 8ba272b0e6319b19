package io.billcycle.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The benchmark's own arithmetic: database URLs, the GC log, the ratios and the verdict. */
class BenchmarkPartsTest {

    @Test
    void theDatabaseNameIsReplacedWhateverTheUrlCarries() {
        assertThat(BenchmarkDatabases.withDatabase("jdbc:postgresql://localhost:5432/billcycle", "x"))
                .isEqualTo("jdbc:postgresql://localhost:5432/x");
        assertThat(BenchmarkDatabases.withDatabase("jdbc:postgresql://db.example:5432/prod?ssl=true&user=a", "x"))
                .isEqualTo("jdbc:postgresql://db.example:5432/x?ssl=true&user=a");
        assertThat(BenchmarkDatabases.withDatabase("jdbc:postgresql://h1:5432,h2:5433/prod", "x"))
                .isEqualTo("jdbc:postgresql://h1:5432,h2:5433/x");
    }

    @Test
    void theHeapFiguresAreTheLargestBeforeAndAfterAnyCollection() {
        long[] heap = JobProcess.heapFrom(List.of(
                "[0.010s][info][gc] Using G1",
                "[1.2s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->6M(256M) 3.1ms",
                "[2.5s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 110M->19M(153M) 1.5ms",
                "[3.0s][info][gc] GC(2) Pause Young (Concurrent Start) (G1 Humongous Allocation) 2048K->1024K(8M) 0.4ms"));
        assertThat(heap).containsExactly(19L << 20, 110L << 20);
        assertThat(JobProcess.heapFrom(List.of())).containsExactly(0L, 0L);
    }

    @Test
    void theRatiosLeaveTheExportOutOnlyWhereTheySaySo() {
        BenchmarkReport report = report(List.of(print("invoices", 10)), List.of(print("invoices", 10)));
        assertThat(report.ratio()).isEqualTo(1.5);
        assertThat(report.comparableRatio()).isEqualTo(1.2);
        assertThat(report.identical()).isTrue();
    }

    @Test
    void anyDifferenceInCountOrChecksumMeansDifferent() {
        assertThat(report(List.of(print("invoices", 10)), List.of(print("invoices", 11))).identical()).isFalse();
        assertThat(report(List.of(new TableFingerprint("invoices", 10, BigDecimal.ONE)),
                List.of(new TableFingerprint("invoices", 10, BigDecimal.TEN))).identical()).isFalse();
        assertThat(report(List.of(print("invoices", 10)), List.of()).identical()).isFalse();
    }

    private static TableFingerprint print(String table, long rows) {
        return new TableFingerprint(table, rows, BigDecimal.valueOf(rows * 31));
    }

    private static BenchmarkReport report(List<TableFingerprint> sql, List<TableFingerprint> job) {
        LocalDateTime t = LocalDateTime.parse("2025-01-31T02:00:00");
        StepTiming invoicing = new StepTiming("invoice-due-plans", t, t.plusSeconds(11), 0, 0, 0, 0);
        StepTiming ended = new StepTiming("deactivate-ended-plans", t.plusSeconds(11), t.plusSeconds(12), 0, 0, 0, 0);
        StepTiming export = new StepTiming("export-invoices", t.plusSeconds(12), t.plusSeconds(15), 0, 0, 0, 0);
        return new BenchmarkReport(new DataSize(1, 1, 1), new BenchmarkOptions(1, 1, 1, "256m", Path.of("."), false, null),
                Duration.ofSeconds(10), 1, 0, 0, new StepTiming("invoice-generation", t, t.plusSeconds(15), 0, 0, 0, 0),
                List.of(invoicing, ended, export), new JobProcess.Result(0, Duration.ofSeconds(20), 1, 2, Path.of("job.log")),
                sql, job);
    }
}
