package io.billcycle.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.billcycle.reports.ReportTemplate.Parameter;

/** The template format and its checks: placeholders become parameters, and anything that could write is refused by line. */
class ReportTemplateTest {

    @Test
    void sectionsPlaceholdersAndTheHintAreRead() {
        ReportTemplate t = ReportTemplate.parse("""
                # startup statements
                SET timezone = 'Europe/Paris'
                # query
                -- {{dateToLocal}} in a comment is not a parameter
                SELECT /*+ MAX_EXECUTION_TIME(1500) */ id, 'it''s' AS q, $x$ {{not}} $x$ AS d
                  FROM contracts
                 WHERE end_date_local >= '{{dateFromLocal}}' AND end_date_local < CAST('{{dateToLocal}}' AS date) + 1
                   AND facility_id IN {{facilityIdList}} AND created <= {{currentDateLocal}}
                   AND plan_id IN ({{facilityIdList}});
                """);
        assertThat(t.startup()).containsExactly(new ReportTemplate.Setting("timezone", "'Europe/Paris'"));
        assertThat(t.timeoutMillis()).isEqualTo(1500);
        assertThat(t.parameters()).containsExactly(Parameter.DATE_FROM, Parameter.DATE_TO, Parameter.FACILITY_ID_LIST,
                Parameter.CURRENT_DATE, Parameter.FACILITY_ID_LIST);
        assertThat(t.sqlFor(2)).contains("end_date_local >= ? AND end_date_local < CAST(? AS date) + 1",
                "facility_id IN (?, ?) AND created <= ?", "plan_id IN (?, ?)", "'it''s' AS q", "$x$ {{not}} $x$")
                .doesNotContain("{{date").doesNotContain("{{facility").doesNotContain(";");
        assertThat(ReportTemplate.parse("select 1").timeoutMillis()).isEqualTo(ReportTemplate.DEFAULT_TIMEOUT_MILLIS);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            insert                 | select 1;\\ninsert into customers (first_name) values ('x')  | line 2: a second statement after ';': a report is one query
            smuggled after ;       | select 1; delete from customers                          | line 1: a second statement after ';': a report is one query
            update                 | update customers set inactive = 1                        | line 1: 'update' is not allowed: a report only reads
            delete in a CTE        | with d as (delete from customers returning id) select 1  | line 1: 'delete' is not allowed: a report only reads
            create                 | create table x as select 1                               | line 1: 'create' is not allowed: a report only reads
            drop                   | select 1\\n\\ndrop table customers                        | line 3: 'drop' is not allowed: a report only reads
            select into            | select * into copy_of from customers                    | line 1: 'into' is not allowed: a report only reads
            for update             | select * from customers for update                       | line 1: 'update' is not allowed: a report only reads
            for share              | select * from customers for share                        | line 1: 'FOR SHARE' locks rows: a report only reads
            copy                   | copy customers to stdout                                 | line 1: 'copy' is not allowed: a report only reads
            set_config             | select set_config('statement_timeout', '0', false)       | line 1: function set_config() is not allowed: it acts beyond the report
            terminate              | select pg_terminate_backend(pid) from pg_stat_activity   | line 1: function pg_terminate_backend() is not allowed: it acts beyond the report
            sql from a string      | select query_to_xml('delete from customers', true, true, '') | line 1: function query_to_xml() is not allowed: it acts beyond the report
            advisory lock          | select pg_advisory_lock(1)                               | line 1: function pg_advisory_lock() is not allowed: it acts beyond the report
            not a query            | explain select 1                                         | line 1: a report is one SELECT (or WITH ... SELECT); it starts with EXPLAIN
            unknown placeholder    | select {{today}}                                         | line 1: unknown placeholder {{today}}; known are {{currentDateLocal}}, {{dateFromLocal}}, {{dateToLocal}} and {{facilityIdList}}
            partly quoted          | select '{{dateToLocal}} 23:59:59'                        | line 1: a placeholder inside quotes must be the whole quoted text, as in '{{dateToLocal}}'
            unterminated text      | select 'oops                                             | line 1: a quoted text that never ends
            unknown section        | # preamble\\nselect 1                                     | line 1: unknown section '# preamble'; sections are '# startup statements' and '# query'
            bad startup            | # startup statements\\nSET statement_timeout = 0\\n# query\\nselect 1 | line 2: startup statements may only SET datestyle, extra_float_digits, intervalstyle, timezone; found 'SET statement_timeout = 0'
            no query               | # startup statements\\nSET timezone = 'UTC'             | line 2: the template has no query
            """)
    void whatCouldWriteOrIsMalformedIsRefusedNamingTheLine(String what, String template, String error) {
        TemplateException e = catchThrowableOfType(TemplateException.class,
                () -> ReportTemplate.parse(template.replace("\\n", "\n")));
        assertThat(e).as(what).isNotNull();
        assertThat(e.getMessage()).isEqualTo(error);
    }

    @Test
    void wordsInsideQuotesAndQuotedNamesAreData() {
        ReportTemplate t = ReportTemplate.parse("select 'delete; drop' AS \"update\", $$ insert $$ from customers");
        assertThat(t.parameters()).isEqualTo(List.of());
        assertThat(t.sql()).contains("'delete; drop'", "\"update\"", "$$ insert $$");
    }

    /** PostgreSQL's lexical rules: what the server takes for a string, a comment or a name, so does the check. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ~ ", quoteCharacter = '`', textBlock = """
            E'' ends at its real quote          ~ select E'\\'' as x; commit; update organizations set name = 'x' --' ~ line 1: a second statement after ';': a report is one query
            e'' too                             ~ select e'a\\'b'; delete from customers --'                           ~ line 1: a second statement after ';': a report is one query
            a name ending in e is no E''        ~ select namE'x'; drop table t                                           ~ line 1: a second statement after ';': a report is one query
            nested comments                     ~ select 1 /* a /* b */ ; still a comment */ ; drop table t              ~ line 1: a second statement after ';': a report is one query
            quoted name                         ~ select "pg_read_file"('/etc/passwd')                                  ~ line 1: function pg_read_file() is not allowed: it acts beyond the report
            U& name                             ~ select U&"\\0070g_read_file"('/etc/passwd')                          ~ line 1: function pg_read_file() is not allowed: it acts beyond the report
            U& name with a long escape          ~ select U&"\\+000070g_read_file"('/x')                                ~ line 1: function pg_read_file() is not allowed: it acts beyond the report
            U& name with UESCAPE                ~ select U&"!0070g_read_file" UESCAPE '!' ('/x')                         ~ line 1: function pg_read_file() is not allowed: it acts beyond the report
            schema-qualified                    ~ select pg_catalog.lo_import('/etc/passwd')                            ~ line 1: function lo_import() is not allowed: it acts beyond the report
            a comment before (                  ~ select pg_read_file /* x */ ('/etc/passwd')                           ~ line 1: function pg_read_file() is not allowed: it acts beyond the report
            a line before (                     ~ select pg_read_file\\n('/etc/passwd')                                  ~ line 1: function pg_read_file() is not allowed: it acts beyond the report
            unterminated nested comment         ~ select 1 /* a /* b */                                                 ~ line 1: a comment that never ends
            hint too large                      ~ select /*+ MAX_EXECUTION_TIME(99999999999999999999) */ 1              ~ line 1: MAX_EXECUTION_TIME must be a whole number of milliseconds from 1 to 3600000 (one hour)
            hint zero                           ~ select /*+ MAX_EXECUTION_TIME(0) */ 1                                 ~ line 1: MAX_EXECUTION_TIME must be a whole number of milliseconds from 1 to 3600000 (one hour), got 0
            hint not a number                   ~ select /*+ MAX_EXECUTION_TIME(ten) */ 1                               ~ line 1: MAX_EXECUTION_TIME must be a whole number of milliseconds from 1 to 3600000 (one hour)
            """)
    void theQueryIsReadAsPostgresqlReadsIt(String what, String template, String error) {
        TemplateException e = catchThrowableOfType(TemplateException.class,
                () -> ReportTemplate.parse(template.replace("\\n", "\n")));
        assertThat(e).as(what).isNotNull();
        assertThat(e.getMessage()).as(what).isEqualTo(error);
    }

    @Test
    void stringsNamesAndDollarQuotesThatHoldSemicolonsAreData() {
        assertThat(ReportTemplate.parse("select E'it\\'s; fine' as a, 'x;''y' as b, \"a;b\" as c, $t$ ; $t$ as d, "
                + "U&'\\0041;' as e, a$b$c as f from t").sql()).contains("E'it\\'s; fine'", "$t$ ; $t$", "a$b$c");
        assertThat(ReportTemplate.parse("select /*+ MAX_EXECUTION_TIME(3600000) */ 1").timeoutMillis()).isEqualTo(3_600_000);
    }
}
