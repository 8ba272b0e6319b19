package io.billcycle.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.ibatis.session.SqlSession;
import org.postgresql.PGConnection;
import org.springframework.stereotype.Service;

import io.billcycle.reports.ReportTemplate;

/**
 * The frozen-prepaid report round: {@code frozen-prepaid-expiry-report} against the club's own report SQL (the shipped
 * template, its placeholders filled in) run as psql would, with {@code COPY ... TO STDOUT}. Both files are compared
 * by their rows' customers and names.
 */
@Service
public class MembershipsBenchmark {

    public static final LocalDate DATE = LocalDate.parse("2025-06-01");
    static final String REPORT = "frozen-prepaid-expiry-report";
    static final Path TEMPLATE = Path.of("samples", "reports", "frozen-prepaid-expiry.sql");

    /** What the benchmark database holds before the run. */
    public record Data(long enrollments, long frozen, long bytes) {
    }

    private final BenchmarkDatabases databases;

    public MembershipsBenchmark(BenchmarkDatabases databases) {
        this.databases = databases;
    }

    public List<ContestReport> run(BenchmarkOptions options, PrintWriter progress) throws Exception {
        progress.printf("loading %,d enrollments into %s...%n", options.size(), BenchmarkDatabases.TEMPLATE);
        progress.flush();
        Files.createDirectories(options.workDir());
        Path sqlFile = options.workDir().resolve("sql-report.csv");
        Path jobFile = options.workDir().resolve("out").resolve(REPORT).resolve(REPORT + "-MEMB-" + DATE + ".csv");
        String query = query(Files.readString(locate(TEMPLATE)));
        return JobContest.round(databases, options, "frozen-prepaid report benchmark, business date " + DATE,
                session -> {
                    MembershipsBenchmarkMapper mapper = session.getMapper(MembershipsBenchmarkMapper.class);
                    mapper.insertClub();
                    mapper.insertMembers(options.size());
                },
                session -> {
                    Data data = session.getMapper(MembershipsBenchmarkMapper.class).dataSize();
                    return String.format("%,d enrollments (%,d frozen), database %,d MB", data.enrollments(), data.frozen(),
                            data.bytes() >> 20);
                },
                (sqlCopy, jobCopy, timing) -> List.of(JobContest.run(databases, REPORT, DATE, List.of("--org", "MEMB"),
                        "rows reported", sqlCopy, jobCopy, timing, progress, session -> copy(session, query, sqlFile))),
                session -> List.of(fingerprint(sqlFile)),
                session -> List.of(fingerprint(jobFile)));
    }

    /**
     * The template's query with its placeholders filled in as literals, as a person pasting it into psql would: the
     * local date-times the runner binds.
     */
    static String query(String template) {
        ReportTemplate t = ReportTemplate.parse(template);
        LocalDate to = DATE.plusDays(10);
        StringBuilder sql = new StringBuilder();
        String text = t.sqlFor(10);
        int parameter = 0;
        List<String> values = new ArrayList<>();
        for (ReportTemplate.Parameter p : t.parameters()) {
            switch (p) {
                case CURRENT_DATE -> values.add("timestamp '" + DATE + " 00:00:00'");
                case DATE_FROM -> values.add("timestamp '" + to.minusDays(7) + " 00:00:00'");
                case DATE_TO -> values.add("timestamp '" + to + " 23:59:59.999999'");
                case FACILITY_ID_LIST -> {
                    for (int i = 0; i < 10; i++) {
                        values.add("(select id from facilities where short_name = 'Facility " + (i + 1) + "')");
                    }
                }
            }
        }
        for (char c : text.toCharArray()) {
            sql.append(c == '?' ? values.get(parameter++) : String.valueOf(c));
        }
        return sql.toString();
    }

    private static int copy(SqlSession session, String query, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            return Math.toIntExact(session.getConnection().unwrap(PGConnection.class).getCopyAPI()
                    .copyOut("copy (" + query + ") to stdout with (format csv, header)", out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("the report's SQL failed: " + e.getMessage(), e);
        }
    }

    /** A report file's rows: how many, and the sum of a hash of each row's customer and name (a leading ' dropped). */
    static TableFingerprint fingerprint(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long rows = 0;
            BigDecimal sum = BigDecimal.ZERO;
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                String name = r.get(0).startsWith("'") ? r.get(0).substring(1) : r.get(0);
                byte[] digest = md5.digest((r.get(1) + "|" + name).getBytes(StandardCharsets.UTF_8));
                long value = 0;
                for (int i = 0; i < 7; i++) {
                    value = (value << 8) | (digest[i] & 0xff);
                }
                sum = sum.add(BigDecimal.valueOf(value));
                rows++;
            }
            return new TableFingerprint("report rows", rows, sum);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The template from the current folder or a parent (the benchmark runs from the root or its own module). */
    private static Path locate(Path relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        throw new IllegalStateException("cannot find " + relative + " from " + Path.of("").toAbsolutePath());
    }
}
