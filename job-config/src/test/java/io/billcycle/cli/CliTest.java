package io.billcycle.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.billcycle.BillcycleApplication;
import io.billcycle.testsupport.DatabaseTest;
import io.billcycle.testsupport.TestFiles;

/**
 * Runs CLI commands in-process against the application started on the test database, with small chunks so that jobs
 * span several commits, and one partition unless a test asks for more (PartitionedRunTest).
 */
@SpringBootTest(classes = BillcycleApplication.class, properties = {"billcycle.chunk-size=3", "billcycle.partitions=1"})
abstract class CliTest extends DatabaseTest {

    static final Path EXPORTS = TestFiles.createTempDirectory("billcycle-cli-exports");

    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void exports(DynamicPropertyRegistry registry) {
        registry.add("billcycle.export-dir", EXPORTS::toString);
    }

    record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    @BeforeEach
    void emptyExportDir() {
        TestFiles.emptyDirectory(EXPORTS);
    }

    Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(context, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Every table's rows, hashed: equal maps mean the database did not change. */
    Map<String, String> fingerprint() {
        Map<String, String> prints = new TreeMap<>();
        for (String table : jdbc.queryForList("select tablename from pg_tables where schemaname = current_schema()", String.class)) {
            prints.put(table, jdbc.queryForObject("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from "
                    + table + " t", String.class));
        }
        return prints;
    }
}
