package io.billcycle.benchmark;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

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

    public List<ContestReport> run(BenchmarkOptions options, PrintWriter progress) throws Exception {
        progress.printf("loading %,d accounts with plans and ledgers into %s...%n", options.size(), BenchmarkDatabases.TEMPLATE);
        progress.flush();
        return JobContest.round(databases, options, "collections benchmark, business date " + DATE,
                session -> {
                    CollectionsBenchmarkMapper mapper = session.getMapper(CollectionsBenchmarkMapper.class);
                    mapper.insertOrganization();
                    mapper.enableCollections();
                    mapper.insertAccounts(options.size());
                    mapper.insertPlans();
                    mapper.insertLedgerEntries();
                },
                session -> {
                    Data data = session.getMapper(CollectionsBenchmarkMapper.class).dataSize();
                    return String.format("%,d accounts (%,d with payment plans, %,d in collections), %,d ledger entries, "
                            + "database %,d MB", data.accounts(), data.plans(), data.inCollections(), data.ledgerEntries(),
                            data.bytes() >> 20);
                },
                (sqlCopy, jobCopy, timing) -> List.of(JobContest.run(databases, ROSTER, DATE, List.of(), "accounts changed",
                        sqlCopy, jobCopy, timing, progress, session -> {
                            CollectionsBenchmarkMapper mapper = session.getMapper(CollectionsBenchmarkMapper.class);
                            mapper.createDecisions(DATE);
                            mapper.advancePlans();
                            return mapper.recordChanges(DATE);
                        })),
                session -> session.getMapper(CollectionsBenchmarkMapper.class).fingerprints());
    }
}
