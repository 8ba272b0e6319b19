package io.billcycle.benchmark;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.ToIntFunction;

import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * One job against the set-based SQL doing the same writes: the SQL in one transaction on its copy, then the job in its
 * own small-heap JVM on the other, each after a checkpoint.
 */
final class JobContest {

    private JobContest() {
    }

    /** The contests of a round, on the two copies. */
    @FunctionalInterface
    interface Contests {
        List<ContestReport.Contest> run(SqlSessionFactory sqlCopy, SqlSessionFactory jobCopy, BenchmarkOptions options)
                throws Exception;
    }

    /**
     * A whole round: a fresh template loaded in one transaction by {@code load} and vacuumed, described by
     * {@code describe}; then for each layout of {@code options}, the template copied twice, the contests, both copies'
     * fingerprints; the databases dropped unless kept. One report per layout, on the same data.
     */
    static List<ContestReport> round(BenchmarkDatabases databases, BenchmarkOptions options, String title,
            java.util.function.Consumer<SqlSession> load, java.util.function.Function<SqlSession, String> describe,
            Contests contests, java.util.function.Function<SqlSession, List<TableFingerprint>> fingerprints) throws Exception {
        return round(databases, options, title, load, describe, contests, fingerprints, fingerprints);
    }

    /** A round whose two results are read differently (a report's file against the rows its SQL returned). */
    static List<ContestReport> round(BenchmarkDatabases databases, BenchmarkOptions options, String title,
            java.util.function.Consumer<SqlSession> load, java.util.function.Function<SqlSession, String> describe,
            Contests contests, java.util.function.Function<SqlSession, List<TableFingerprint>> sqlFingerprints,
            java.util.function.Function<SqlSession, List<TableFingerprint>> jobFingerprints) throws Exception {
        try {
            databases.createTemplate();
            SqlSessionFactory template = databases.open(BenchmarkDatabases.TEMPLATE);
            try (SqlSession session = template.openSession(false)) {
                load.accept(session);
                session.commit();
            }
            String data;
            try (SqlSession session = template.openSession(true)) {
                session.getMapper(BenchmarkMapper.class).vacuumAnalyze();
                data = describe.apply(session);
            }
            List<ContestReport> reports = new java.util.ArrayList<>();
            for (Layout layout : options.layouts()) {
                databases.dropCopies();
                databases.cloneTemplate();
                SqlSessionFactory sqlCopy = databases.open(BenchmarkDatabases.SQL_COPY);
                SqlSessionFactory jobCopy = databases.open(BenchmarkDatabases.JOB_COPY);
                BenchmarkOptions timing = options.with(layout);
                List<ContestReport.Contest> results = contests.run(sqlCopy, jobCopy, timing);
                try (SqlSession job = jobCopy.openSession(true);
                        SqlSession baseline = sqlCopy.openSession(true)) {
                    reports.add(new ContestReport(title + "; " + layout, data, timing, results,
                            sqlFingerprints.apply(baseline), jobFingerprints.apply(job)));
                }
            }
            return reports;
        } finally {
            if (!options.keep()) {
                databases.dropAll();
            }
        }
    }

    /**
     * @param jobArguments what the job's command line takes besides its name and date (a period, say)
     * @param rowsChanged  what the baseline's count counts, for the report
     * @param sql          the baseline's work in one transaction, on the SQL copy's session; returns the rows it changed
     */
    static ContestReport.Contest run(BenchmarkDatabases databases, String job, LocalDate date, List<String> jobArguments,
            String rowsChanged,
            SqlSessionFactory sqlCopy, SqlSessionFactory jobCopy, BenchmarkOptions options, PrintWriter progress,
            ToIntFunction<SqlSession> sql) throws Exception {
        progress.printf("running the set-based SQL of %s on %s...%n", job, BenchmarkDatabases.SQL_COPY);
        progress.flush();
        BenchmarkDatabases.checkpoint(sqlCopy);
        long start = System.nanoTime();
        int rows;
        try (SqlSession session = sqlCopy.openSession(false)) {
            rows = sql.applyAsInt(session);
            session.commit();
        }
        Duration sqlElapsed = Duration.ofNanos(System.nanoTime() - start);
        progress.printf("running %s with -Xmx%s on %s (log in %s)...%n", job, options.maxHeap(),
                BenchmarkDatabases.JOB_COPY, options.workDir());
        progress.flush();
        BenchmarkDatabases.checkpoint(jobCopy);
        List<String> command = new java.util.ArrayList<>(List.of("run", job, "--date", date.toString()));
        command.addAll(jobArguments);
        JobProcess.Result process = JobProcess.run(options, command, databases.jobEnvironment(options), job);
        if (process.exitCode() != 0) {
            throw new IllegalStateException(job + " exited with " + process.exitCode() + "; see " + process.log());
        }
        try (SqlSession session = jobCopy.openSession(true)) {
            BenchmarkMapper mapper = session.getMapper(BenchmarkMapper.class);
            return new ContestReport.Contest(job, sqlElapsed, rows, rowsChanged, mapper.jobTiming(job), mapper.stepTimings(job),
                    process);
        }
    }
}
