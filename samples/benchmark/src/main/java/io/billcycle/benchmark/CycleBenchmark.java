package io.billcycle.benchmark;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.springframework.stereotype.Component;

import io.billcycle.samples.SampleData;

/**
 * The daily cycle for a month-end, every job of it, on the sample organizations at scale: once with 1 partition and
 * once with {@code partitions}, each on its own copy of the same data. There is no set-based baseline for a whole
 * cycle (each job has its own benchmark); what is measured is the wall time, and what is checked is that both copies
 * end identical.
 */
@Component
public class CycleBenchmark {

    static final LocalDate DATE = SampleData.DEMO_DATE;

    private final BenchmarkDatabases databases;

    public CycleBenchmark(BenchmarkDatabases databases) {
        this.databases = databases;
    }

    /** One cycle: its wall time (the JVM's) and each job's time, all organizations added up. */
    record Cycle(int partitions, JobProcess.Result process, List<StepTiming> jobs) {
    }

    public record Report(String data, Cycle one, Cycle many, List<TableFingerprint> oneFingerprints,
            List<TableFingerprint> manyFingerprints) {

        public boolean identical() {
            return Objects.equals(oneFingerprints, manyFingerprints);
        }

        public void print(PrintWriter out) {
            out.printf("cycle benchmark, business date %s (a month-end: all six jobs)%n", DATE);
            out.printf("  data            %s%n", data);
            for (Cycle cycle : List.of(one, many)) {
                out.printf("  %d partition(s)  %8.1f s  JVM wall time; heap max %d MB after GC%n", cycle.partitions(),
                        ContestReport.seconds(cycle.process().wallTime()), cycle.process().maxHeapAfterGcBytes() >> 20);
                for (StepTiming job : cycle.jobs()) {
                    out.printf("    %-30s %8.1f s  (%d organizations)%n", job.stepName(),
                            ContestReport.seconds(job.elapsed()), job.commitCount());
                }
            }
            TableFingerprint.printVerdict(out, oneFingerprints, manyFingerprints);
            out.flush();
        }
    }

    public Report run(BenchmarkOptions options, int partitions, PrintWriter progress) throws Exception {
        progress.printf("loading about %,d plans into %s...%n", options.size(), BenchmarkDatabases.TEMPLATE);
        progress.flush();
        try {
            databases.createTemplate();
            DataSize size = InvoiceRunBenchmark.loadSamples(databases, options);
            String data = String.format("%,d plans, %,d accounts, database %,d MB", size.plans(), size.accounts(),
                    size.bytes() >> 20);
            databases.cloneTemplate();
            Cycle one = cycle(options, BenchmarkDatabases.SQL_COPY, 1, progress);
            Cycle many = cycle(options, BenchmarkDatabases.JOB_COPY, partitions, progress);
            try (SqlSession a = databases.open(BenchmarkDatabases.SQL_COPY).openSession(true);
                    SqlSession b = databases.open(BenchmarkDatabases.JOB_COPY).openSession(true)) {
                return new Report(data, one, many, fingerprints(a), fingerprints(b));
            }
        } finally {
            if (!options.keep()) {
                databases.dropAll();
            }
        }
    }

    private Cycle cycle(BenchmarkOptions options, String database, int partitions, PrintWriter progress) throws Exception {
        progress.printf("running the cycle with %d partition(s) on %s...%n", partitions, database);
        progress.flush();
        SqlSessionFactory copy = databases.open(database);
        BenchmarkDatabases.checkpoint(copy);
        Map<String, String> env = new HashMap<>(databases.environment(options, database));
        env.put("BILLCYCLE_PARTITIONS", Integer.toString(partitions));
        env.put("BILLCYCLE_EXPORT_DIR", options.workDir().resolve("out-" + partitions).toString());
        JobProcess.Result process = JobProcess.run(options, List.of("cycle", "--date", DATE.toString()), env,
                "cycle-" + partitions);
        if (process.exitCode() != 0) {
            throw new IllegalStateException("the cycle exited with " + process.exitCode() + "; see " + process.log());
        }
        try (SqlSession session = copy.openSession(true)) {
            return new Cycle(partitions, process, session.getMapper(BenchmarkMapper.class).cycleTimings());
        }
    }

    /** The invoicing tables, and the accounts, ledger, finance charges and statements the later jobs write. */
    private static List<TableFingerprint> fingerprints(SqlSession session) {
        List<TableFingerprint> all = new java.util.ArrayList<>(session.getMapper(BenchmarkMapper.class).fingerprints());
        all.addAll(session.getMapper(ReceivablesBenchmarkMapper.class).fingerprints());
        return all;
    }
}
