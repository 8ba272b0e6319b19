package io.billcycle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every class of bad input an operator can type or configure: the documented exit code, one clear line on stderr
 * naming what, where and why, no Java class name or stack trace, and the database exactly as it was.
 */
class BadInputTest extends CliTest {

    /** A Java class name as frameworks print them ("org.postgresql.util.PSQLException", "java.time.LocalDate"). */
    static final Pattern CLASS_NAME = Pattern.compile("\\b(?:java|javax|org|com|io|picocli)\\.[a-z0-9_.]+\\.[A-Z]\\w*");

    static final String LONG_REASON = "x".repeat(300);

    @TempDir
    static Path files;

    record Case(String name, List<String> args, int code, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeEach
    void organizationWithPlans() {
        long acme = fixtures.organization("ACME");
        fixtures.plan(acme, fixtures.account(acme, "A-1")).create();
        fixtures.organization("CLUB");
    }

    static Stream<Case> cases() throws IOException {
        Path gz = files.resolve("ids.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("plan_id\n1\n".getBytes(StandardCharsets.UTF_8));
        }
        Path binary = Files.write(files.resolve("ids.xlsx"), new byte[] {'p', 'l', 0, 1, 2, 3});
        Path noColumn = Files.writeString(files.resolve("no-column.csv"), "id\n1\n");
        Path badRows = Files.writeString(files.resolve("bad-rows.csv"), "plan_id\n1\nabc\n\n2x\n");
        Path empty = Files.writeString(files.resolve("empty.csv"), "");
        return Stream.of(
                new Case("a date that does not exist", List.of("run", "invoice-generation", "--date", "2026-02-30"), 2,
                        "error: --date must be a date like 2026-01-31, got '2026-02-30' \\(see: billcycle run --help\\)"),
                new Case("an unknown option", List.of("run", "invoice-generation", "--dates", "2026-01-31"), 2,
                        "error: Unknown options: '--dates', '2026-01-31' \\(see: billcycle run --help\\)"),
                new Case("an unknown command", List.of("frobnicate"), 2, "error: Unmatched argument at index 0: 'frobnicate'.*"),
                new Case("an unknown job", List.of("run", "invoice-generaton", "--date", "2026-01-31"), 2,
                        "error: unknown job 'invoice-generaton': known jobs are [a-z, -]*invoice-generation[a-z, -]*"),
                new Case("an unknown job to list", List.of("executions", "--job", "invoicing"), 2,
                        "error: unknown job 'invoicing': known jobs are [a-z, -]*invoice-generation[a-z, -]*"),
                new Case("an unknown organization", List.of("run", "invoice-generation", "--date", "2026-01-31", "--org", "ACM"), 2,
                        "error: unknown organization 'ACM': known are ACME, CLUB"),
                new Case("a limit that is not a number", List.of("executions", "--limit", "ten"), 2,
                        "error: --limit must be a whole number, got 'ten' .*"),
                new Case("a limit of zero", List.of("executions", "--limit", "0"), 2, "error: --limit must be at least 1, got '0' .*"),
                new Case("a negative limit", List.of("plans", "list", "--org", "ACME", "--limit", "-1"), 2,
                        "error: --limit must not be negative, got '-1' .*"),
                new Case("a negative scale", List.of("samples", "load", "--scale", "-5"), 2,
                        "error: --scale must not be negative, got '-5' .*"),
                new Case("a reason longer than its column", List.of("plans", "pause", "--org", "ACME", "--ids", "1", "--reason",
                        LONG_REASON), 2, "error: --reason must be at most 200 characters \\(it has 300\\), got 'x{37}\\.\\.\\.' .*"),
                new Case("an unknown execution", List.of("restart", "424242"), 2, "error: no job execution with id 424242"),
                new Case("an execution id that is not a number", List.of("stop", "last"), 2,
                        "error: EXECUTION_ID must be a whole number, got 'last' .*"),
                new Case("several organizations and no --org", List.of("plans", "pause", "--ids", "1"), 2,
                        "error: --org is required: there are several organizations \\(ACME, CLUB\\)"),
                new Case("a missing file", List.of("plans", "pause", "--org", "ACME", "--file", files.resolve("nope.csv").toString()), 2,
                        "error: --file .*nope.csv: no such file \\(see: billcycle plans pause --help\\)"),
                new Case("a compressed file", List.of("plans", "pause", "--org", "ACME", "--file", gz.toString()), 2,
                        "error: file .*ids.csv.gz: not a CSV text file \\(it is compressed; unpack it first\\)"),
                new Case("a binary file", List.of("plans", "pause", "--org", "ACME", "--file", binary.toString()), 2,
                        "error: file .*ids.xlsx: not a CSV text file \\(it holds binary data\\)"),
                new Case("an empty file", List.of("plans", "pause", "--org", "ACME", "--file", empty.toString()), 2,
                        "error: file .*empty.csv: is empty; a header row is needed"),
                new Case("a file without the column", List.of("plans", "pause", "--org", "ACME", "--file", noColumn.toString()), 2,
                        "error: file .*no-column.csv: the header \\[id\\] has no column plan_id"),
                new Case("a file with bad rows", List.of("plans", "pause", "--org", "ACME", "--file", badRows.toString()), 2,
                        "error: pause refused, nothing changed \\(2 problems\\)"),
                new Case("unknown plans", List.of("plans", "pause", "--org", "ACME", "--ids", "1,999998,999999"), 1,
                        "error: pause refused, nothing changed \\(2 problems\\)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputGetsOneLineTheDocumentedCodeAndChangesNothing(Case bad) {
        Map<String, String> before = fingerprint();

        Result result = cli(bad.args().toArray(String[]::new));

        assertThat(result.code()).as(result.toString()).isEqualTo(bad.code());
        List<String> lines = result.err().lines().toList();
        assertThat(lines).as(result.toString()).isNotEmpty();
        assertThat(lines.get(0)).matches(bad.message());
        assertThat(lines.subList(1, lines.size())).as("only listed problems follow the error line")
                .allSatisfy(line -> assertThat(line).startsWith("  "));
        assertNoJavaInternals(result.out() + result.err());
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void longProblemListsShowTheFirstFiftyAndCountTheRest() {
        String ids = String.join(",", Stream.iterate(900_000L, n -> n + 1).limit(120).map(String::valueOf).toList());
        Result result = cli("plans", "void", "--org", "ACME", "--ids", ids);
        assertThat(result.code()).isEqualTo(1);
        List<String> lines = result.err().lines().toList();
        assertThat(lines).hasSize(1 + 50 + 1);
        assertThat(lines.get(51)).isEqualTo("  ... and 70 more");
    }

    @Test
    void filesAsSpreadsheetsSaveThemAreRead() throws IOException {
        long plan = jdbc.queryForObject("select min(id) from billing_plans", Long.class);
        Path excel = files.resolve("excel.csv");
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        Files.write(excel, concat(bom, ("\"Plan_ID\" , note\r\n " + plan + " ,\"paused, for now\"\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8)));

        Result result = cli("plans", "pause", "--org", "ACME", "--file", excel.toString());

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(jdbc.queryForObject("select status from billing_plans where id = ?", String.class, plan)).isEqualTo("PAUSED");
    }

    @Test
    void withoutVerboseThereIsNoStackTraceAndWithItThereIs() {
        Result quiet = cli("run", "invoice-generation", "--date", "2026-01-31", "--org", "NOPE");
        Result verbose = cli("run", "invoice-generation", "--date", "2026-01-31", "--org", "NOPE", "--verbose");
        assertThat(quiet.err().lines()).hasSize(1);
        assertThat(verbose.err()).contains("\tat ").contains("UsageException");
    }

    @Test
    void badSettingsAndDatabasesAreNamedBeforeAnythingRuns() {
        String url = jdbc.queryForObject("select current_database()", String.class);
        Started notANumber = start(Map.of("billcycle.chunk-size", "abc"), "executions");
        assertThat(notANumber.code()).isEqualTo(2);
        assertThat(notANumber.err())
                .isEqualTo("error: setting billcycle.chunk-size (from -Dbillcycle.chunk-size) must be a whole number, got 'abc'");
        Started zero = start(Map.of("billcycle.chunk-size", "0"), "executions");
        assertThat(zero.code()).isEqualTo(2);
        assertThat(zero.err()).isEqualTo("error: setting billcycle.chunk-size must be at least 1, got '0'");
        Started zone = start(Map.of("billcycle.zone", "Mars/Olympus"), "executions");
        assertThat(zone.code()).isEqualTo(2);
        assertThat(zone.err()).isEqualTo("error: setting billcycle.zone must be a time zone such as UTC or Europe/Paris, "
                + "got 'Mars/Olympus'");
        Started unknownDatabase = start(Map.of("billcycle.datasource.url",
                jdbcUrl().replace("/" + url, "/no_such_database")), "executions");
        assertThat(unknownDatabase.code()).isEqualTo(3);
        assertThat(unknownDatabase.err()).startsWith("error: database unreachable: cannot connect to jdbc:postgresql://")
                .contains("/no_such_database").contains("database \"no_such_database\" does not exist");
        assertThat(unknownDatabase.err()).doesNotContain("password=");
        String withoutUser = jdbcUrl().replaceFirst("\\?.*$", "");
        Started unknownUser = start(Map.of("billcycle.datasource.url", withoutUser, "billcycle.datasource.username", "nobody"),
                "executions");
        assertThat(unknownUser.code()).isEqualTo(3);
        assertThat(unknownUser.err()).startsWith("error: database unreachable: cannot connect to jdbc:postgresql://")
                .contains(" as nobody: ").contains("\"nobody\"");
    }

    @Test
    void withMigrationsOffEveryCommandStillStartsAndDbMigrateMigrates() {
        Started info = start(Map.of("spring.flyway.enabled", "false"), "db", "info");
        assertThat(info.code()).as(info.err()).isZero();
        assertThat(info.out()).contains("export kinds").contains("Success");
        Started migrate = start(Map.of("spring.flyway.enabled", "false"), "db", "migrate");
        assertThat(migrate.code()).as(migrate.err()).isZero();
        String latest = jdbc.queryForObject("select max(version::int)::text from flyway_schema_history where version is not null",
                String.class);
        assertThat(migrate.out()).contains("0 migration(s) applied; schema at version " + latest);
        Started executions = start(Map.of("spring.flyway.enabled", "false"), "executions");
        assertThat(executions.code()).as(executions.err()).isZero();
    }

    record Started(int code, String out, String err) {
    }

    /**
     * The real entry point, starting its own application on the test database with {@code settings} given as system
     * properties, as {@code JAVA_OPTS=-D...} would (they outrank application.yml, as environment variables do).
     */
    Started start(Map<String, String> settings, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, Object> database = Map.of("spring.datasource.url", jdbcUrl(), "spring.datasource.username", "postgres",
                "spring.datasource.password", "postgres");
        settings.forEach(System::setProperty);
        int code;
        try {
            code = Cli.run(BillcycleCommand.class, database, new PrintWriter(out, true), new PrintWriter(err, true), args);
        } finally {
            settings.keySet().forEach(System::clearProperty);
        }
        assertNoJavaInternals(out + err.toString());
        assertThat(err.toString().lines()).as(err.toString()).hasSize(code == 0 ? 0 : 1);
        return new Started(code, out.toString(), err.toString().strip());
    }

    String jdbcUrl() {
        return context.getEnvironment().getProperty("spring.datasource.url");
    }

    static void assertNoJavaInternals(String output) {
        assertThat(output).doesNotContain("\tat ").doesNotContainPattern(CLASS_NAME).doesNotContain("Exception");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
