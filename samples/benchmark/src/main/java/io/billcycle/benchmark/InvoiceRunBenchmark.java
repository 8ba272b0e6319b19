package io.billcycle.benchmark;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.springframework.stereotype.Service;

import io.billcycle.batch.BusinessRun;
import io.billcycle.invoicing.InvoiceGenerationMapper;
import io.billcycle.samples.SampleData;

/**
 * One benchmark round. The samples are loaded once into a template and vacuumed, then copied twice, so both
 * contenders start from the same bytes with the same statistics: the set-based SQL runs on one copy, the
 * {@code invoice-generation} job on the other in its own small-heap JVM. A checkpoint before each run keeps one's
 * dirty pages off the other's clock.
 */
@Service
public class InvoiceRunBenchmark {

    /** The samples are positioned for this date, so it has every case due. */
    public static final LocalDate DATE = SampleData.DEMO_DATE;

    static final String JOB = "invoice-generation";

    private final BenchmarkDatabases databases;

    public InvoiceRunBenchmark(BenchmarkDatabases databases) {
        this.databases = databases;
    }

    /** One report per layout of {@code options}, each on fresh copies of the same data. */
    public List<BenchmarkReport> run(BenchmarkOptions options, PrintWriter progress) throws Exception {
        progress.printf("loading about %,d plans into %s...%n", options.size(), BenchmarkDatabases.TEMPLATE);
        progress.flush();
        try {
            databases.createTemplate();
            DataSize data = loadTemplate(options);
            List<BenchmarkReport> reports = new java.util.ArrayList<>();
            for (Layout layout : options.layouts()) {
                databases.dropCopies();
                databases.cloneTemplate();
                reports.add(timing(data, options.with(layout), progress));
            }
            return reports;
        } finally {
            if (!options.keep()) {
                databases.dropAll();
            }
        }
    }

    private BenchmarkReport timing(DataSize data, BenchmarkOptions options, PrintWriter progress) throws Exception {
        progress.printf("running the set-based SQL on %s...%n", BenchmarkDatabases.SQL_COPY);
        progress.flush();
        SqlSessionFactory sqlCopy = databases.open(BenchmarkDatabases.SQL_COPY);
        SqlRun sql = runSql(sqlCopy);
        progress.printf("running invoice-generation with -Xmx%s, %s, on %s (log in %s)...%n", options.maxHeap(),
                options.layout(), BenchmarkDatabases.JOB_COPY, options.workDir());
        progress.flush();
        SqlSessionFactory jobCopy = databases.open(BenchmarkDatabases.JOB_COPY);
        BenchmarkDatabases.checkpoint(jobCopy);
        JobProcess.Result process = JobProcess.run(options, List.of("run", JOB, "--date", DATE.toString()),
                databases.jobEnvironment(options), "job");
        if (process.exitCode() != 0) {
            throw new IllegalStateException("the job exited with " + process.exitCode() + "; see " + process.log());
        }
        try (SqlSession job = jobCopy.openSession(true);
                SqlSession baseline = sqlCopy.openSession(true)) {
            BenchmarkMapper jobMapper = job.getMapper(BenchmarkMapper.class);
            return new BenchmarkReport(data, options, sql.elapsed(), sql.invoices(), sql.parked(), sql.ended(),
                    jobMapper.jobTiming(JOB), jobMapper.stepTimings(JOB), process,
                    baseline.getMapper(BenchmarkMapper.class).fingerprints(), jobMapper.fingerprints());
        }
    }

    private DataSize loadTemplate(BenchmarkOptions options) {
        return loadSamples(databases, options);
    }

    /** The sample organizations with about {@code options.size()} plans, into the template, vacuumed. */
    static DataSize loadSamples(BenchmarkDatabases databases, BenchmarkOptions options) {
        SqlSessionFactory template = databases.open(BenchmarkDatabases.TEMPLATE);
        try (SqlSession session = template.openSession(false)) {
            SampleData.standalone(session)
                    .load(SampleData.scaleFor(options.size()), options.seed(), DATE);
            session.commit();
        }
        try (SqlSession session = template.openSession(true)) {
            BenchmarkMapper mapper = session.getMapper(BenchmarkMapper.class);
            mapper.vacuumAnalyze();
            return mapper.dataSize();
        }
    }

    /** The baseline: one transaction doing what the job's first two steps do, statement by statement over all plans. */
    private static SqlRun runSql(SqlSessionFactory copy) {
        BenchmarkDatabases.checkpoint(copy);
        long start = System.nanoTime();
        try (SqlSession session = copy.openSession(false)) {
            BenchmarkMapper mapper = session.getMapper(BenchmarkMapper.class);
            mapper.createDuePlans(DATE);
            mapper.analyzeDuePlans();
            int invoices = mapper.insertInvoicesAndCharges(DATE);
            mapper.advancePlans();
            int parked = mapper.recordParkings(DATE);
            int ended = session.getMapper(InvoiceGenerationMapper.class).deactivateEndedPlans(BusinessRun.of(BusinessRun.parameters(DATE, null), 0).sqlParameters());
            session.commit();
            return new SqlRun(Duration.ofNanos(System.nanoTime() - start), invoices, parked, ended);
        }
    }

    private record SqlRun(Duration elapsed, int invoices, int parked, int ended) {
    }
}
