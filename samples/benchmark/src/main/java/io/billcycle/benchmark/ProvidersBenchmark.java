package io.billcycle.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.session.SqlSession;
import org.postgresql.PGConnection;
import org.springframework.stereotype.Service;

/**
 * The provider export round: {@code provider-payment-export} for one service period against the set-based SQL a DBA
 * would write (record the batch, one UPDATE ... RETURNING marking the authorized payments PAID with their history,
 * then COPY ... TO the file), on generated payments of which nine in ten are authorized.
 */
@Service
public class ProvidersBenchmark {

    public static final LocalDate DATE = LocalDate.parse("2025-02-05");
    static final String EXPORT = "provider-payment-export";

    /** What the benchmark database holds before the run. */
    public record Data(long payments, long authorized, long bytes) {
    }

    private final BenchmarkDatabases databases;

    public ProvidersBenchmark(BenchmarkDatabases databases) {
        this.databases = databases;
    }

    public List<ContestReport> run(BenchmarkOptions options, PrintWriter progress) throws Exception {
        progress.printf("loading %,d provider payments into %s...%n", options.size(), BenchmarkDatabases.TEMPLATE);
        progress.flush();
        Files.createDirectories(options.workDir());
        Path sqlFile = options.workDir().resolve("sql-copy-batch.csv");
        return JobContest.round(databases, options, "provider export benchmark, business date " + DATE + ", service period 2025-01",
                session -> {
                    ProvidersBenchmarkMapper mapper = session.getMapper(ProvidersBenchmarkMapper.class);
                    mapper.insertOrganization();
                    mapper.insertPayments(options.size());
                },
                session -> {
                    Data data = session.getMapper(ProvidersBenchmarkMapper.class).dataSize();
                    return String.format("%,d provider payments (%,d authorized), database %,d MB", data.payments(),
                            data.authorized(), data.bytes() >> 20);
                },
                (sqlCopy, jobCopy, timing) -> List.of(JobContest.run(databases, EXPORT, DATE,
                        List.of("--period", "2025-01", "--org", "PAYS"), "payments paid", sqlCopy, jobCopy, timing, progress,
                        session -> {
                            ProvidersBenchmarkMapper mapper = session.getMapper(ProvidersBenchmarkMapper.class);
                            long batch = mapper.recordBatch(DATE);
                            int paid = mapper.markPaid(batch, DATE);
                            copyTo(session, batch, sqlFile);
                            mapper.markWritten(batch);
                            return paid;
                        })),
                session -> session.getMapper(ProvidersBenchmarkMapper.class).fingerprints());
    }

    /** The batch's rows to a CSV file with COPY, in the transaction that marked them. */
    private static void copyTo(SqlSession session, long batch, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            session.getConnection().unwrap(PGConnection.class).getCopyAPI().copyOut("""
                    copy (select p.export_batch_id, p.id, p.kind, p.adjusts_payment_id, p.provider_id, v.name,
                                 p.service_period, p.amount, p.authorized_on, p.exported_on
                            from provider_payments p join providers v on v.id = p.provider_id
                           where p.export_batch_id = %d order by p.id) to stdout with (format csv, header)""".formatted(batch), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY of batch " + batch + " failed: " + e.getMessage(), e);
        }
    }
}
