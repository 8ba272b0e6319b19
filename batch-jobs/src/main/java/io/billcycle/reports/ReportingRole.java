package io.billcycle.reports;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import javax.sql.DataSource;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

import io.billcycle.batch.ActionRefusedException;

/**
 * The least-privileged login that runs a club's own report SQL. Every report opens a connection of its own that logs
 * in as this role (never {@code SET ROLE}, which {@code RESET ROLE} undoes), and is refused unless the catalogue shows
 * the role's limits in place: it is not the application's role nor a superuser, holds no server-file or program role,
 * may create nothing, run no large-object, server-file or dblink function, and write no table, reads only the tables
 * reports are written against, and starts every transaction read-only under a statement timeout. Nothing falls back
 * to the application's role. {@code db migrate} sets the role up where it may (the {@code afterMigrate} script); on an
 * external server a DBA runs the same script (docs/security.md).
 */
@Component
@EnableConfigurationProperties(ReportingRole.Settings.class)
public class ReportingRole {

    /** The tables report templates are written against: the membership platform's. */
    static final List<String> REPORT_TABLES = List.of("facilities", "customers", "plan_directory_nodes", "plans",
            "contracts", "enrollments", "enrollment_statuses", "freezes");

    static final String SET_UP = "set it up with 'billcycle db migrate' run as a role that may create roles, or have a "
            + "DBA run afterMigrate__reporting_role.sql (docs/security.md)";

    /**
     * @param username the reporting role ({@code BILLCYCLE_REPORTS_USERNAME})
     * @param password its password, where the server asks for one ({@code BILLCYCLE_REPORTS_PASSWORD})
     */
    @ConfigurationProperties("billcycle.reports")
    public record Settings(@DefaultValue("billcycle_report") String username, String password) {
    }

    /**
     * Every limit, one row per breach: the query reads the catalogue for {@code ?} (the role's name). Each part names
     * what the role may do that it must not.
     */
    private static final String LIMITS = """
            select 'is a superuser or may create roles, databases or replicate'
              from pg_roles where rolname = ? and (rolsuper or rolcreaterole or rolcreatedb or rolreplication or rolbypassrls)
            union all
            select 'is a member of ' || r.rolname from pg_roles r
             where r.rolname in ('pg_read_server_files', 'pg_write_server_files', 'pg_execute_server_program',
                                 'pg_read_all_data', 'pg_write_all_data', 'pg_signal_backend', 'pg_database_owner')
               and pg_has_role(?, r.oid, 'MEMBER')
            union all
            select 'may create in database ' || current_database() where has_database_privilege(?, current_database(), 'CREATE')
            union all
            select 'may create temporary tables' where has_database_privilege(?, current_database(), 'TEMP')
            union all
            select 'may create in schema ' || nspname from pg_namespace where has_schema_privilege(?, oid, 'CREATE')
            union all
            select 'may execute ' || p.oid::regprocedure from pg_proc p
             where p.proname ~ '^(lo_|lo(read|write)$|dblink|pg_read_|pg_ls_|pg_stat_file|pg_file_)'
               and has_function_privilege(?, p.oid, 'EXECUTE')
            union all
            select 'may write table ' || c.oid::regclass from pg_class c join pg_namespace n on n.oid = c.relnamespace
             where c.relkind in ('r', 'p', 'v', 'm', 'f') and n.nspname not in ('pg_catalog', 'information_schema')
               and has_table_privilege(?, c.oid, 'INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER')
            union all
            select 'may read table ' || c.oid::regclass || ', which reports do not need' from pg_class c
              join pg_namespace n on n.oid = c.relnamespace
             where c.relkind in ('r', 'p', 'v', 'm', 'f') and n.nspname not in ('pg_catalog', 'information_schema')
               and not (n.nspname = current_schema() and c.relname = any (?))
               and has_table_privilege(?, c.oid, 'SELECT')
            union all
            select 'does not start transactions read-only (default_transaction_read_only)'
             where current_setting('default_transaction_read_only') <> 'on'
            union all
            select 'has no statement_timeout' where current_setting('statement_timeout') in ('0', '0ms')
            """;

    private final Settings settings;
    private final DataSource dataSource;

    public ReportingRole(Settings settings, DataSource dataSource) {
        this.settings = settings;
        this.dataSource = dataSource;
    }

    public String name() {
        return settings.username();
    }

    /**
     * A new connection logged in as the reporting role, its limits checked; the caller closes it. Refuses, saying how
     * to set the role up, when it cannot log in or any limit is missing.
     */
    public Connection connect() {
        String url;
        String applicationUser;
        try (Connection application = dataSource.getConnection()) {
            url = withoutLogin(application.getMetaData().getURL());
            applicationUser = application.getMetaData().getUserName();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database: " + e.getMessage(), e);
        }
        if (settings.username().equals(applicationUser)) {
            throw refused("is the application's own role; reports never run as it");
        }
        Properties login = new Properties();
        login.setProperty("user", settings.username());
        if (settings.password() != null) {
            login.setProperty("password", settings.password());
        }
        login.setProperty("ApplicationName", "billcycle report");
        Connection connection;
        try {
            connection = DriverManager.getConnection(url, login);
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            throw refused("cannot log in (" + firstLine(e) + ")");
        }
        try {
            List<String> breaches = breaches(connection);
            if (!breaches.isEmpty()) {
                throw new ActionRefusedException("reports run as the role " + settings.username() + ", whose limits are "
                        + "not in place (" + breaches.size() + "); nothing was run; " + SET_UP, breaches);
            }
            return connection;
        } catch (SQLException | RuntimeException e) {
            close(connection);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw refused("cannot be checked (" + firstLine((SQLException) e) + ")");
        }
    }

    /**
     * The application's URL without a user or password in it: the driver lets those win over the login it is given,
     * which would connect as the application's role.
     */
    static String withoutLogin(String url) {
        return url.replaceAll("(?i)([?&])(user|password)=[^&]*&?", "$1").replaceAll("[?&]$", "");
    }

    /** What the role may do that it must not, read from the catalogue on its own connection. */
    List<String> breaches(Connection connection) throws SQLException {
        List<String> breaches = new ArrayList<>();
        try (Statement who = connection.createStatement(); ResultSet session = who.executeQuery("select session_user")) {
            session.next();
            if (!session.getString(1).equals(settings.username())) {
                // never run as anyone else, whatever the URL says
                breaches.add("is not who the connection logged in as (" + session.getString(1) + ")");
                return breaches;
            }
        }
        try (PreparedStatement check = connection.prepareStatement(LIMITS)) {
            String role = settings.username();
            for (int p = 1; p <= 7; p++) {
                check.setString(p, role);
            }
            check.setArray(8, connection.createArrayOf("text", REPORT_TABLES.toArray()));
            check.setString(9, role);
            try (ResultSet rows = check.executeQuery()) {
                while (rows.next()) {
                    breaches.add(rows.getString(1));
                }
            }
        }
        return breaches;
    }

    private ActionRefusedException refused(String why) {
        return new ActionRefusedException("reports run as the role " + settings.username() + ", which " + why
                + "; nothing was run; " + SET_UP);
    }

    private static String firstLine(SQLException e) {
        return String.valueOf(e.getMessage()).lines().findFirst().orElse("").trim();
    }

    private static void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the connection is discarded either way
        }
    }
}
