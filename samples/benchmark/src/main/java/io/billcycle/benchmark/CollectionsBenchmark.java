package io.billcycle.benchmark;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.springframework.stereotype.Service;

/**
 * The collections round: {@code collection-roster} against the set-based SQL doing the same writes, on generated
 * accounts of which a tenth have payment plans and a tenth are in collections, copied twice from one template.
 */
@Service
public class CollectionsBenchmark {

    /** Eight weeks into the plans, a quarter after the oldest debits fell due. */
    public static final LocalDate DATE = LocalDate.parse("2025-03-31");
    static final String ROSTER = "collection-roster";

    /** What the benchmark database holds before the run. */
    public record Data(long accounts, long plans, long inCollections, long ledgerEntries, long bytes) {
    }

    private final BenchmarkDatabases databases;

    public CollectionsBenchmark(BenchmarkDatabases databases) {
        this.databases = databases;
    }

    public ContestReport run(BenchmarkOptions options, PrintWriter progress) throws Exception {
        progress.printf("loading %,d accounts with plans and ledgers into %s...%n", options.size(), BenchmarkDatabases.TEMPLATE);
        progress.flush();
        try {
            databases.createTemplate();
            Data data = loadTemplate(options.size());
            databases.cloneTemplate();
            SqlSessionFactory sqlCopy = databases.open(BenchmarkDatabases.SQL_COPY);
            SqlSessionFactory jobCopy = databases.open(BenchmarkDatabases.JOB_COPY);
            ContestReport.Contest roster = JobContest.run(databases, ROSTER, DATE, List.of(), "accounts changed", sqlCopy, jobCopy, options,
                    progress, session -> {
                        CollectionsBenchmarkMapper mapper = session.getMapper(CollectionsBenchmarkMapper.class);
                        mapper.createDecisions(DATE);
                        mapper.advancePlans();
                        return mapper.recordChanges(DATE);
                    });
            try (SqlSession job = jobCopy.openSession(true);
                    SqlSession baseline = sqlCopy.openSession(true)) {
                return new ContestReport("collections benchmark, business date " + DATE,
                        String.format("%,d accounts (%,d with payment plans, %,d in collections), %,d ledger entries, "
                                + "database %,d MB", data.accounts(), data.plans(), data.inCollections(),
                                data.ledgerEntries(), data.bytes() >> 20), options, List.of(roster),
                        baseline.getMapper(CollectionsBenchmarkMapper.class).fingerprints(),
                        job.getMapper(CollectionsBenchmarkMapper.class).fingerprints());
            }
        } finally {
            if (!options.keep()) {
                databases.dropAll();
            }
        }
    }

    private Data loadTemplate(long accounts) {
        SqlSessionFactory template = databases.open(BenchmarkDatabases.TEMPLATE);
        try (SqlSession session = template.openSession(false)) {
            CollectionsBenchmarkMapper mapper = session.getMapper(CollectionsBenchmarkMapper.class);
            mapper.insertOrganization();
            mapper.enableCollections();
            mapper.insertAccounts(accounts);
            mapper.insertPlans();
            mapper.insertLedgerEntries();
            session.commit();
        }
        try (SqlSession session = template.openSession(true)) {
            session.getMapper(BenchmarkMapper.class).vacuumAnalyze();
            return session.getMapper(CollectionsBenchmarkMapper.class).dataSize();
        }
    }
}
