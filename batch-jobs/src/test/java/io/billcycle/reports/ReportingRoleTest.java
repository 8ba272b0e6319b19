package io.billcycle.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import io.billcycle.batch.ActionRefusedException;
import io.billcycle.testsupport.JobTest;

/**
 * PostgreSQL is the report runner's guard. The reporting role's limits are read from the catalogue; SQL sent straight
 * to the runner, past the template check, is stopped by the server: nothing is written, no server file is read, no
 * program runs, and the role cannot climb back to the application's role.
 */
class ReportingRoleTest extends JobTest {

    @Autowired
    ReportingRole role;

    @Autowired
    ReportRunner runner;

    @Autowired
    DataSource dataSource;

    @Test
    void theRolesLimitsAreInTheCatalogue() throws Exception {
        assertThat(jdbc.queryForMap("""
                select rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls, rolcanlogin
                  from pg_roles where rolname = 'billcycle_report'""")).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                "rolsuper", false, "rolcreaterole", false, "rolcreatedb", false, "rolreplication", false,
                "rolbypassrls", false, "rolcanlogin", true));
        assertThat(jdbc.queryForList("""
                select r.rolname from pg_roles r
                 where pg_has_role('billcycle_report', r.oid, 'MEMBER') and r.rolname <> 'billcycle_report'""", String.class))
                .isEmpty();
        for (String serverRole : List.of("pg_read_server_files", "pg_write_server_files", "pg_execute_server_program")) {
            assertThat(jdbc.queryForObject("select pg_has_role('billcycle_report', ?, 'MEMBER')", Boolean.class, serverRole))
                    .as(serverRole).isFalse();
        }
        assertThat(jdbc.queryForObject("""
                select has_database_privilege('billcycle_report', current_database(), 'CREATE')
                    or has_database_privilege('billcycle_report', current_database(), 'TEMP')""", Boolean.class)).isFalse();
        assertThat(jdbc.queryForList("select nspname from pg_namespace where has_schema_privilege('billcycle_report', oid, 'CREATE')",
                String.class)).isEmpty();
        for (String function : List.of("lo_import(text)", "lo_export(oid,text)", "lo_create(oid)", "lo_get(oid)",
                "lo_unlink(oid)", "lowrite(integer,bytea)", "pg_read_file(text)", "pg_read_binary_file(text)",
                "pg_ls_dir(text)", "pg_stat_file(text)")) {
            assertThat(jdbc.queryForObject("select has_function_privilege('billcycle_report', ?, 'EXECUTE')", Boolean.class,
                    function)).as(function).isFalse();
        }
        assertThat(jdbc.queryForList("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = current_schema() and c.relkind = 'r' and has_table_privilege('billcycle_report', c.oid, 'SELECT')
                 order by 1""", String.class)).containsExactlyInAnyOrderElementsOf(ReportingRole.REPORT_TABLES);
        assertThat(jdbc.queryForList("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = current_schema()
                   and has_table_privilege('billcycle_report', c.oid, 'INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER')""",
                String.class)).isEmpty();
        assertThat(jdbc.queryForList("""
                select unnest(setconfig) from pg_db_role_setting s join pg_roles r on r.oid = s.setrole
                 where r.rolname = 'billcycle_report' order by 1""", String.class))
                .contains("default_transaction_read_only=on").anyMatch(s -> s.startsWith("statement_timeout="));
        ActionRefusedException refused = catchThrowableOfType(ActionRefusedException.class, () -> role.connect().close());
        assertThat(refused).as(() -> String.valueOf(refused.problems())).isNull();
        try (Connection connection = role.connect()) {
            assertThat(role.breaches(connection)).isEmpty();
            assertThat(connection.getMetaData().getUserName()).isEqualTo("billcycle_report");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "select pg_read_file('/etc/passwd')",
            "select \"pg_read_file\"('/etc/passwd')",
            "select U&\"\\0070g_read_file\"('/etc/passwd')",
            "select pg_read_binary_file('/etc/passwd')",
            "select \"lo_import\"('/etc/passwd')",
            "select lo_create(0)",
            "select * from pg_ls_dir('/')",
            "copy (select 1) to program 'touch %s'",
            "copy (select 1) to '%s'",
            "select E'\\'' as x; commit; update organizations set name = name || $$!$$; --'",
            "select 1; create table pwned (a int)",
            "select * from organizations",
            "update customers set inactive = 1 returning id",
            "with w as (update customers set inactive = 1 returning id) select * from w",
            "select set_config('role', 'postgres', false)",
            "select set_config('session_authorization', 'postgres', false)",
            "select set_config('transaction_read_only', 'off', true)",
            "create temporary table pwned (a int)",
            "select bump()",
            "select nextval('customers_id_seq')"})
    void sqlPastTheTemplateCheckIsStoppedByPostgres(String attack, @TempDir Path dir) {
        jdbc.execute("create or replace function bump() returns int language sql as 'update customers set inactive = 1 returning 1'");
        long club = fixtures.organization("CLUB");
        jdbc.update("insert into customers (organization_id, first_name, last_name) values (?, 'Zoe', 'In')", club);
        Path touched = dir.resolve("touched");
        String sql = attack.contains("%s") ? attack.formatted(touched) : attack;
        String before = everything();

        ActionRefusedException refused = catchThrowableOfType(ActionRefusedException.class, () -> runner.run(
                new ReportTemplate(List.of(), sql, List.of(), 5000), values(), dir.resolve("report.csv"), "CLUB"));

        assertThat(refused).as(sql).isNotNull();
        assertThat(refused.getMessage()).as(sql).doesNotContain("/etc/passwd content").doesNotContain("root:");
        assertThat(everything()).as(sql).isEqualTo(before);
        assertThat(touched).doesNotExist();
        assertThat(dir.resolve("report.csv")).doesNotExist();
    }

    @Test
    void dblinkInstalledAfterTheMigrationStopsReportsUntilMigratedAgainAndThenCannotRun(@TempDir Path dir) {
        jdbc.execute("create extension if not exists dblink");
        try {
            ActionRefusedException refused = catchThrowableOfType(ActionRefusedException.class, role::connect);
            assertThat(refused.getMessage()).startsWith("reports run as the role billcycle_report, whose limits are not in place");
            assertThat(refused.problems()).anyMatch(p -> p.startsWith("may execute dblink_exec("));

            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

            String before = everything();
            ActionRefusedException denied = catchThrowableOfType(ActionRefusedException.class, () -> runner.run(
                    new ReportTemplate(List.of(), "select \"dblink_exec\"('dbname=postgres user=postgres', "
                            + "'create table pwned (a int)')", List.of(), 5000), values(), dir.resolve("r.csv"), "CLUB"));
            assertThat(denied.getMessage()).contains("permission denied for function dblink_exec");
            assertThat(everything()).isEqualTo(before);
        } finally {
            jdbc.execute("drop extension dblink");
        }
    }

    @Test
    void aRoleWithMoreRightsOrNoneIsRefusedSayingHowToSetItUp() {
        jdbc.execute("grant insert on customers to billcycle_report");
        try {
            ActionRefusedException refused = catchThrowableOfType(ActionRefusedException.class, role::connect);
            assertThat(refused.getMessage()).endsWith(ReportingRole.SET_UP);
            assertThat(refused.problems()).containsExactly("may write table customers");
        } finally {
            jdbc.execute("revoke insert on customers from billcycle_report");
        }
        ReportingRole missing = new ReportingRole(new ReportingRole.Settings("billcycle_nobody", null), dataSource);
        assertThat(catchThrowableOfType(ActionRefusedException.class, missing::connect).getMessage())
                .startsWith("reports run as the role billcycle_nobody, which cannot log in (FATAL: role \"billcycle_nobody\" does not exist)")
                .endsWith(ReportingRole.SET_UP);
        String applicationRole = jdbc.queryForObject("select current_user", String.class);
        ReportingRole itself = new ReportingRole(new ReportingRole.Settings(applicationRole, null), dataSource);
        assertThat(catchThrowableOfType(ActionRefusedException.class, itself::connect).getMessage())
                .startsWith("reports run as the role " + applicationRole + ", which is the application's own role");
    }

    @Test
    void aHarmlessQueryRunsAsTheRoleAndWritesItsRows(@TempDir Path dir) throws Exception {
        long club = fixtures.organization("CLUB");
        jdbc.update("insert into facilities (organization_id, short_name) values (?, 'Main')", club);
        Path out = dir.resolve("who.csv");
        runner.run(new ReportTemplate(List.of(), "select session_user as who, current_setting('transaction_read_only') as ro, "
                + "short_name from facilities", List.of(), 5000), values(), out, "CLUB");
        assertThat(Files.readString(out)).isEqualTo("who,ro,short_name\r\nbillcycle_report,on,Main\r\n");
    }

    private static ReportRunner.Values values() {
        return new ReportRunner.Values(LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-01"),
                LocalDate.parse("2025-03-08"), List.of());
    }

    /** The data of every table and the schema's objects, hashed: equal strings mean nothing changed. */
    private String everything() {
        StringBuilder all = new StringBuilder(jdbc.queryForObject("""
                select string_agg(c.relname || ':' || c.relkind::text, ',' order by c.relname) from pg_class c
                  join pg_namespace n on n.oid = c.relnamespace where n.nspname not in ('pg_catalog', 'information_schema')
                   and n.nspname not like 'pg_toast%' and n.nspname not like 'pg_temp%'""", String.class));
        for (String table : jdbc.queryForList("select tablename from pg_tables where schemaname = current_schema() order by 1",
                String.class)) {
            all.append('|').append(table).append(jdbc.queryForObject(
                    "select count(*) || md5(coalesce(string_agg(t::text, ',' order by t::text), '')) from " + table + " t",
                    String.class));
        }
        return all.toString();
    }
}
