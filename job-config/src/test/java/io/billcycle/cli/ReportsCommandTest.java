package io.billcycle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report runner on PostgreSQL with the shipped frozen-prepaid template: the window's edges, every filter, the
 * facility list; and a template that writes, times out or is malformed changes nothing.
 */
class ReportsCommandTest extends CliTest {

    static final Path TEMPLATE = Path.of("../samples/reports/frozen-prepaid-expiry.sql");

    long club;
    long main;
    long north;
    long prepaid;

    @BeforeEach
    void club() {
        club = fixtures.organization("CLUB");
        main = jdbc.queryForObject("insert into facilities (organization_id, short_name) values (?, 'Main') returning id", Long.class, club);
        north = jdbc.queryForObject("insert into facilities (organization_id, short_name) values (?, 'North') returning id", Long.class, club);
        long node = jdbc.queryForObject("insert into plan_directory_nodes (organization_id, full_title) values (?, 'Memberships / Prepaid') returning id", Long.class, club);
        prepaid = plan(node, "Annual Prepaid", 1, 0);
    }

    long plan(Long node, String name, int type, int billing) {
        return jdbc.queryForObject("""
                insert into plans (organization_id, name, plan_directory_node_id, plan_type, billing_type)
                values (?, ?, ?, ?, ?) returning id""", Long.class, club, name, node, type, billing);
    }

    /** A one-enrollment contract whose enrollment froze on {@code frozenOn}. */
    long member(String first, String last, long plan, long facility, String end, int status, String frozenOn) {
        long customer = jdbc.queryForObject("insert into customers (organization_id, first_name, last_name) values (?, ?, ?) returning id",
                Long.class, club, first, last);
        long contract = jdbc.queryForObject("""
                insert into contracts (plan_id, facility_id, customer_id, end_date_local) values (?, ?, ?, ?::timestamp) returning id""",
                Long.class, plan, facility, customer, end);
        long enrollment = jdbc.queryForObject("""
                insert into enrollments (contract_id, customer_id, current_status, calculated_end_date)
                values (?, ?, ?, ?::timestamp::date) returning id""", Long.class, contract, customer, status, end);
        if (frozenOn != null) {
            jdbc.update("insert into enrollment_statuses (enrollment_id, status, date) values (?, 2, ?::date)", enrollment, frozenOn);
        }
        return customer;
    }

    @Test
    void theShippedTemplateFindsFrozenPrepaidMembersEndingInTheWindow(@TempDir Path dir) throws Exception {
        long zoe = member("Zoe", "In", prepaid, main, "2025-03-11 23:59:00", 2, "2025-01-10");        // dateTo, last minute
        jdbc.update("insert into enrollment_statuses (enrollment_id, status, date) select id, 2, '2025-02-15' from enrollments where customer_id = ?", zoe);
        long amy = member("Amy", "Edge", prepaid, main, "2025-03-04 00:00:00", 2, "2025-02-01");       // dateFrom, first minute
        long ivy = member("Ivy", "Other", prepaid, north, "2025-03-08 12:00:00", 2, "2025-02-20");
        member("Ben", "Late", prepaid, main, "2025-03-12 00:00:00", 2, "2025-02-01");                   // a day after dateTo
        member("Cal", "Early", prepaid, main, "2025-03-03 23:59:00", 2, "2025-02-01");                  // before dateFrom
        long dan = member("Dan", "Future", prepaid, main, "2025-03-08 00:00:00", 2, "2025-03-05");      // froze after D: listed, no start
        long una = member("Una", "Nodate", prepaid, north, "2025-03-10 08:00:00", 2, null);            // FROZEN, no status row
        member("Jon", "Active", prepaid, main, "2025-03-08 00:00:00", 1, null);                         // not frozen
        member("Hal", "Postpaid", plan(null, "Monthly", 1, 1), main, "2025-03-08 00:00:00", 2, "2025-02-01");
        member("Kim", "Class", plan(null, "Class pack", 2, 0), main, "2025-03-08 00:00:00", 2, "2025-02-01");
        long eve = member("Eve", "Voided", prepaid, main, "2025-03-08 00:00:00", 2, "2025-02-01");
        jdbc.update("update contracts set voided = 1 where customer_id = ?", eve);
        long fay = member("Fay", "Cancelled", prepaid, main, "2025-03-08 00:00:00", 2, "2025-02-01");
        jdbc.update("update contracts set cancelled = 1 where customer_id = ?", fay);
        long gus = member("Gus", "Inactive", prepaid, main, "2025-03-08 00:00:00", 2, "2025-02-01");
        jdbc.update("update customers set inactive = 1 where id = ?", gus);
        Map<String, String> before = fingerprint();
        Path out = dir.resolve("frozen.csv");

        Result run = cli("reports", "run", "--template", TEMPLATE.toString(), "--date", "2025-03-01", "--out", out.toString());

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("frozen-prepaid-expiry: 5 row(s) for 2025-03-04 to 2025-03-11 in " + out + "\n");
        // the platform's full name and order (last, first), and members frozen without a freeze date on or before D
        assertThat(Files.readString(out)).isEqualTo("""
                full_name,__CUSTOMER_ID,enrollment_calculated_end_date_value,contract_end_date_local_value,plan_name_value,plan_parent_full_title_value,contract_facility_short_name_value,freeze_start_date_for_enrollment_value\r
                "Edge, Amy",%d,2025-03-04,2025-03-04 00:00:00,Annual Prepaid,Memberships / Prepaid,Main,2025-02-01\r
                "Future, Dan",%d,2025-03-08,2025-03-08 00:00:00,Annual Prepaid,Memberships / Prepaid,Main,\r
                "In, Zoe",%d,2025-03-11,2025-03-11 23:59:00,Annual Prepaid,Memberships / Prepaid,Main,2025-02-15\r
                "Nodate, Una",%d,2025-03-10,2025-03-10 08:00:00,Annual Prepaid,Memberships / Prepaid,North,\r
                "Other, Ivy",%d,2025-03-08,2025-03-08 12:00:00,Annual Prepaid,Memberships / Prepaid,North,2025-02-20\r
                """.formatted(amy, dan, zoe, una, ivy));
        assertThat(fingerprint()).isEqualTo(before);

        assertThat(cli("reports", "run", "--template", TEMPLATE.toString(), "--date", "2025-03-01", "--facilities",
                Long.toString(north), "--out", out.toString()).out()).startsWith("frozen-prepaid-expiry: 2 row(s)");
        assertThat(cli("reports", "run", "--template", TEMPLATE.toString(), "--date", "2025-03-01", "--add-days", "3",
                "--window-days", "0", "--out", out.toString()).out()).startsWith("frozen-prepaid-expiry: 1 row(s) for 2025-03-04 to 2025-03-04");
    }

    @Test
    void theBuiltInReportWritesTheSameFileAsTheShippedTemplateAndNothingWhenEmptyIfAsked(@TempDir Path dir) throws Exception {
        member("Zoe", "In", prepaid, main, "2025-03-11 23:59:00", 2, "2025-01-10");
        member("Amy", "=Edge", prepaid, north, "2025-03-04 00:00:00", 2, "2025-02-01");
        member("Ben", "Late", prepaid, main, "2025-03-12 00:00:00", 2, "2025-02-01");
        Path fromTemplate = dir.resolve("template.csv");
        assertThat(cli("reports", "run", "--template", TEMPLATE.toString(), "--date", "2025-03-01", "--out", fromTemplate.toString())
                .code()).isZero();

        Result run = cli("run", "frozen-prepaid-expiry-report", "--date", "2025-03-01");

        assertThat(run.code()).as(run.toString()).isZero();
        Path builtIn = EXPORTS.resolve("frozen-prepaid-expiry-report/frozen-prepaid-expiry-report-CLUB-2025-03-01.csv");
        assertThat(Files.readString(builtIn)).isEqualTo(Files.readString(fromTemplate)).contains("\"'=Edge, Amy\"");
        assertThat(Files.readString(builtIn).lines()).hasSize(3);

        Result facility = cli("run", "frozen-prepaid-expiry-report", "--date", "2025-03-02", "--option", "facilities=" + north,
                "--option", "add-days=9");
        assertThat(facility.code()).as(facility.toString()).isZero();
        assertThat(Files.readString(EXPORTS.resolve("frozen-prepaid-expiry-report/frozen-prepaid-expiry-report-CLUB-2025-03-02.csv")))
                .contains("\"'=Edge, Amy\"").doesNotContain("Zoe");

        Result quiet = cli("run", "frozen-prepaid-expiry-report", "--date", "2025-06-01", "--option", "only-if-rows=yes");
        assertThat(quiet.code()).isZero();
        assertThat(quiet.out()).contains("nothing matched and only-if-rows is on: no file written");
        assertThat(EXPORTS.resolve("frozen-prepaid-expiry-report/frozen-prepaid-expiry-report-CLUB-2025-06-01.csv")).doesNotExist();
        assertThat(cli("run", "frozen-prepaid-expiry-report", "--date", "2025-06-01", "--option", "facilities=1;drop").code()).isEqualTo(2);
    }

    @Test
    void aTemplateThatWritesTimesOutOrIsMalformedChangesNothing(@TempDir Path dir) throws Exception {
        member("Zoe", "In", prepaid, main, "2025-03-11 23:59:00", 2, "2025-01-10");
        jdbc.execute("create function bump() returns int language sql as 'update customers set inactive = 1 returning 1'");
        Map<String, String> before = fingerprint();

        Result dml = cli("reports", "run", "--template", write(dir, "dml.sql", "# query\nselect 1;\nupdate customers set inactive = 1"));
        assertThat(dml.code()).isEqualTo(2);
        assertThat(dml.err()).isEqualTo("error: template " + dir.resolve("dml.sql") + ", line 3: a second statement after ';': "
                + "a report is one query; nothing was run\n");
        Result hidden = cli("reports", "run", "--template", write(dir, "hidden.sql", "select bump()"));
        assertThat(hidden.code()).isEqualTo(1);
        assertThat(hidden.err()).isEqualTo("error: the report failed: ERROR: cannot execute UPDATE in a read-only transaction "
                + "(it ran read-only as billcycle_report and was rolled back; no report file was written)\n");
        Result slow = cli("reports", "run", "--template", write(dir, "slow.sql",
                "select /*+ MAX_EXECUTION_TIME(200) */ count(*) from generate_series(1, 200000000)"));
        assertThat(slow.code()).isEqualTo(1);
        assertThat(slow.err()).isEqualTo("error: the report ran longer than its limit of 200 ms (a MAX_EXECUTION_TIME hint "
                + "sets another) and was stopped; no report file was written\n");
        assertThat(cli("reports", "run", "--template", TEMPLATE.toString(), "--facilities", "1;drop table customers").code()).isEqualTo(2);
        assertThat(cli("reports", "run", "--template", TEMPLATE.toString(), "--date", "2025-03-01' or '1'='1").code()).isEqualTo(2);
        assertThat(cli("reports", "run", "--template", dir.resolve("missing.sql").toString()).err())
                .isEqualTo("error: --template " + dir.resolve("missing.sql") + ": no such file (see: billcycle reports run --help)\n");
        // answered while parsing, before the application or the database starts
        assertThat(Cli.answerWithoutStarting(BillcycleCommand.class, new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(new java.io.StringWriter()), "reports", "run", "--template", dir.resolve("missing.sql").toString()))
                .isEqualTo(2);
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from customers where inactive = 1", Integer.class)).isZero();
    }

    @TempDir
    Path attacks;

    /** Each attack of the security review, each spelling: refused before running, or stopped by PostgreSQL. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiterString = " ~ ", quoteCharacter = '`', textBlock = """
            write after an E'' string ~ 2 ~ select E'\\'' as x; commit; update organizations set name = name || $$!$$ where code = $$CLUB$$; --'
            table after an E'' string ~ 2 ~ select E'\\'' as x; commit; create table pwned (a int); --'
            program after E'' ~ 2 ~ select E'\\'' as x; commit; copy (select 1) to program $$touch TOUCHED$$; --'
            quoted name ~ 2 ~ select "pg_read_file"('/etc/passwd')
            line break before ( ~ 2 ~ select pg_read_file\\n('/etc/passwd')
            comment before ( ~ 2 ~ select pg_read_file/**/('/etc/passwd')
            nested comment before ( ~ 2 ~ select pg_read_file/* /* */ */('/etc/passwd')
            U& name ~ 2 ~ select U&"\\0070g_read_file"('/etc/passwd')
            U& name with UESCAPE ~ 2 ~ select U&"!0070g_read_file" UESCAPE '!'('/etc/passwd')
            lo_import quoted ~ 2 ~ select "lo_import"('/etc/passwd')
            dblink_exec quoted ~ 2 ~ select "dblink_exec"('dbname=postgres', 'update organizations set name = 1')
            set role ~ 2 ~ set role postgres
            reset role ~ 2 ~ reset role
            read write ~ 2 ~ set session characteristics as transaction read write
            set_config ~ 2 ~ select set_config('role', 'postgres', false)
            temporary table ~ 2 ~ create temporary table t (a int)
            second statement in $$ ~ 2 ~ select $a$x$a$; update organizations set name = 'x'
            a function that writes ~ 1 ~ select bump()
            another organization ~ 1 ~ select name from organizations
            """)
    void everyAttackEndsRefusedOrHarmless(String what, int code, String sql) throws Exception {
        Path dir = attacks;
        jdbc.execute("create or replace function bump() returns int language sql as 'update customers set inactive = 1 returning 1'");
        Path touched = dir.resolve("touched");
        Map<String, String> before = fingerprint();
        String schema = schema();
        Path out = dir.resolve("out.csv");

        Result run = cli("reports", "run", "--template", write(dir, "attack.sql", sql.replace("\\n", "\n")
                .replace("TOUCHED", touched.toString())), "--out", out.toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(code);
        assertThat(run.err()).as(what).startsWith(code == 2 ? "error: template " : "error: the report failed: ERROR: ")
                .doesNotContain("root:").doesNotContain("nothing was written").hasLineCount(1);
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(schema()).isEqualTo(schema);
        assertThat(touched).doesNotExist();
        assertThat(out).doesNotExist();
    }

    @Test
    void aHintOutOfRangeIsAUsageErrorNamingTheRange(@TempDir Path dir) throws Exception {
        Result huge = cli("reports", "run", "--template", write(dir, "huge.sql", "select /*+ MAX_EXECUTION_TIME(99999999999999999999) */ 1"));
        assertThat(huge.code()).isEqualTo(2);
        assertThat(huge.err()).isEqualTo("error: template " + dir.resolve("huge.sql") + ", line 1: MAX_EXECUTION_TIME must be "
                + "a whole number of milliseconds from 1 to 3600000 (one hour); nothing was run\n");
        assertThat(cli("reports", "run", "--template", write(dir, "zero.sql", "select /*+ MAX_EXECUTION_TIME(0) */ 1")).err())
                .contains("MAX_EXECUTION_TIME must be a whole number of milliseconds from 1 to 3600000 (one hour), got 0");
    }

    /** The schema's objects: tables, functions, roles' privileges on them. */
    private String schema() {
        return jdbc.queryForObject("""
                select string_agg(c.relname || ':' || c.relkind::text || ':' || coalesce(c.relacl::text, ''), ',' order by c.relname)
                  || (select string_agg(proname, ',' order by proname) from pg_proc where pronamespace = current_schema()::regnamespace)
                  from pg_class c where c.relnamespace = current_schema()::regnamespace""", String.class);
    }

    private static String write(Path dir, String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file.toString();
    }
}
