package io.billcycle.benchmark;

import java.util.List;
import java.util.Map;

import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;

import org.apache.ibatis.session.SqlSessionFactory;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.stereotype.Component;

import io.billcycle.batch.MyBatisConfiguration;
import io.billcycle.database.DatabaseServer;

/**
 * The benchmark's three databases on billcycle's server: a template that holds the loaded samples and two copies
 * made from it, one per contender. Created and dropped through the application's own connection, which never
 * points at any of them.
 */
@Component
public class BenchmarkDatabases {

    public static final String TEMPLATE = "billcycle_bench_template";
    public static final String SQL_COPY = "billcycle_bench_sql";
    public static final String JOB_COPY = "billcycle_bench_job";
    static final List<String> ALL = List.of(SQL_COPY, JOB_COPY, TEMPLATE);

    private final BenchmarkMapper admin;
    private final DatabaseServer server;

    public BenchmarkDatabases(BenchmarkMapper admin, DatabaseServer server) {
        this.admin = admin;
        this.server = server;
    }

    /** A fresh, migrated, empty template. */
    public void createTemplate() {
        dropAll();
        admin.createDatabase(TEMPLATE);
        Flyway.configure().dataSource(url(TEMPLATE), server.username(), server.password()).load().migrate();
    }

    /** Both copies, byte for byte the template (which must have no open connection). */
    public void cloneTemplate() {
        admin.cloneDatabase(SQL_COPY, TEMPLATE);
        admin.cloneDatabase(JOB_COPY, TEMPLATE);
    }

    /** The two copies, before the template is copied again for the next layout. */
    public void dropCopies() {
        admin.dropDatabase(SQL_COPY);
        admin.dropDatabase(JOB_COPY);
    }

    public void dropAll() {
        ALL.forEach(admin::dropDatabase);
    }

    /** Sessions on {@code database}, each owning one unpooled connection, so nothing stays open afterwards. */
    public SqlSessionFactory open(String database) {
        try {
            return MyBatisConfiguration.standalone(new DriverManagerDataSource(url(database), server.username(), server.password()));
        } catch (Exception e) {
            throw new IllegalStateException("cannot open the benchmark database " + database + ": " + e.getMessage(), e);
        }
    }

    /** The JDBC URL of {@code database} on billcycle's server: the configured URL with the database name replaced. */
    public String url(String database) {
        return withDatabase(server.url(), database);
    }

    public String username() {
        return server.username();
    }

    public String password() {
        return server.password();
    }

    /** The job JVM's settings: the job copy, its own home and export folder, the chunk size. */
    Map<String, String> jobEnvironment(BenchmarkOptions options) {
        return environment(options, JOB_COPY);
    }

    /** The settings of a billcycle process on {@code database}. */
    Map<String, String> environment(BenchmarkOptions options, String database) {
        return Map.of(
                "BILLCYCLE_DATASOURCE_URL", url(database) + System.getProperty("urlsuffix", ""),
                "BILLCYCLE_DATASOURCE_USERNAME", nullToEmpty(username()),
                "BILLCYCLE_DATASOURCE_PASSWORD", nullToEmpty(password()),
                "BILLCYCLE_HOME", options.workDir().toString(),
                "BILLCYCLE_EXPORT_DIR", options.workDir().resolve("out").toString(),
                "BILLCYCLE_CHUNK_SIZE", Integer.toString(options.chunkSize()));
    }

    /** A checkpoint before a timed run keeps the previous run's dirty pages off its clock. */
    static void checkpoint(SqlSessionFactory copy) {
        try (SqlSession session = copy.openSession(true)) {
            session.getMapper(BenchmarkMapper.class).checkpoint();
        } catch (PersistenceException e) {
            // CHECKPOINT needs a privileged role on an external server; without it the timings are only noisier
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    static String withDatabase(String jdbcUrl, String database) {
        int hostStart = jdbcUrl.indexOf("//");
        int pathStart = hostStart < 0 ? -1 : jdbcUrl.indexOf('/', hostStart + 2);
        if (pathStart < 0) {
            throw new IllegalArgumentException("cannot tell the database in the JDBC URL " + jdbcUrl);
        }
        int query = jdbcUrl.indexOf('?', pathStart);
        return jdbcUrl.substring(0, pathStart + 1) + database + (query < 0 ? "" : jdbcUrl.substring(query));
    }
}
