package io.billcycle.reports;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.core.NativeQuery;
import org.postgresql.core.Parser;
import org.springframework.stereotype.Service;

import io.billcycle.batch.ActionRefusedException;
import io.billcycle.export.CsvCells;
import io.billcycle.export.CsvLayout;
import io.billcycle.export.ExportFile;
import io.billcycle.export.ExportedFile;

/**
 * Runs a checked {@link ReportTemplate} and writes its rows as CSV. PostgreSQL is the guard, not the template check:
 * <ul>
 * <li>the query runs on a connection of its own that logs in as the {@link ReportingRole}, whose limits are checked
 * from the catalogue first; it never runs as the application's role;</li>
 * <li>in a READ ONLY transaction that is always rolled back, under {@code SET LOCAL statement_timeout};</li>
 * <li>as exactly one statement: the driver is asked how it would split the text and must see one statement, so it
 * sends one Parse message of the extended protocol, and the server refuses a Parse that holds two;</li>
 * <li>with every placeholder bound as a typed parameter.</li>
 * </ul>
 * Text cells that a spreadsheet would run as a formula are neutralised; dates are ISO.
 */
@Service
public class ReportRunner {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final DataSource dataSource;
    private final ReportingRole role;

    public ReportRunner(DataSource dataSource, ReportingRole role) {
        this.dataSource = dataSource;
        this.role = role;
    }

    /** The values the placeholders stand for. */
    public record Values(LocalDate currentDate, LocalDate dateFrom, LocalDate dateTo, List<Long> facilityIds) {
    }

    public ExportedFile run(ReportTemplate template, Values values, Path out, String org) {
        String sql = template.sqlFor(values.facilityIds().size());
        requireOneStatement(sql);
        try (Connection connection = role.connect()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try {
                try (Statement setup = connection.createStatement()) {
                    setup.execute("set transaction read only");
                    setup.execute("set local statement_timeout = " + template.timeoutMillis());
                }
                for (ReportTemplate.Setting setting : template.startup()) {
                    // the name is one of ReportTemplate.SETTINGS; the value goes through set_config, never into SQL
                    try (PreparedStatement set = connection.prepareStatement("select set_config(?, ?, true)")) {
                        set.setString(1, setting.name());
                        set.setString(2, setting.value().replaceAll("^'|'$", ""));
                        set.execute();
                    }
                }
                try (PreparedStatement query = connection.prepareStatement(sql)) {
                    query.setFetchSize(1000);
                    bind(query, template, values);
                    try (ResultSet rows = query.executeQuery()) {
                        return write(rows, out, org, values.currentDate());
                    }
                }
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            if ("57014".equals(e.getSQLState())) {
                throw new ActionRefusedException("the report ran longer than its limit of " + template.timeoutMillis()
                        + " ms (a MAX_EXECUTION_TIME hint sets another) and was stopped; no report file was written");
            }
            // the query ran as the reporting role in a read-only transaction, rolled back: it could not write
            throw new ActionRefusedException("the report failed: " + e.getMessage().lines().findFirst().orElse("").trim()
                    + " (it ran read-only as " + role.name() + " and was rolled back; no report file was written)");
        }
    }

    /**
     * Refuses SQL that the driver would send as more than one statement. PgJDBC splits a string at each {@code ;} it
     * finds outside quotes and comments and sends a Parse message for each part; with one part, it sends one Parse,
     * and PostgreSQL refuses a Parse message that holds more than one statement, however the text is spelled.
     */
    static void requireOneStatement(String sql) {
        List<NativeQuery> parts;
        try {
            parts = Parser.parseJdbcSql(sql, true, true, true, false, false);
        } catch (SQLException e) {
            throw new ActionRefusedException("the report's query cannot be read: " + e.getMessage() + "; nothing was run");
        }
        if (parts.size() != 1) {
            throw new ActionRefusedException("the report's query reads as " + parts.size() + " statements to the "
                    + "PostgreSQL driver; a report is one query; nothing was run");
        }
    }

    /** Every facility of the organization: what a report covers when no facilities are given. */
    public List<Long> facilities(long organizationId) {
        return new org.springframework.jdbc.core.JdbcTemplate(dataSource).queryForList(
                "select id from facilities where organization_id = ? order by id", Long.class, organizationId);
    }

    private static void bind(PreparedStatement query, ReportTemplate template, Values values) throws SQLException {
        int index = 1;
        for (ReportTemplate.Parameter parameter : template.parameters()) {
            switch (parameter) {
                case CURRENT_DATE -> query.setObject(index++, values.currentDate().atStartOfDay());
                case DATE_FROM -> query.setObject(index++, values.dateFrom().atStartOfDay());
                case DATE_TO -> query.setObject(index++, lastInstantOf(values.dateTo()));
                case FACILITY_ID_LIST -> {
                    if (values.facilityIds().isEmpty()) {
                        query.setNull(index++, java.sql.Types.BIGINT);
                    }
                    for (Long id : values.facilityIds()) {
                        query.setLong(index++, id);
                    }
                }
            }
        }
    }

    /**
     * The last instant of a day that PostgreSQL's timestamps hold (they count microseconds), so that {@code BETWEEN
     * '{{dateFromLocal}}' AND '{{dateToLocal}}'} over a timestamp column covers whole days, as the platform's does.
     */
    static LocalDateTime lastInstantOf(LocalDate day) {
        return day.atTime(23, 59, 59, 999_999_000);
    }

    private static ExportedFile write(ResultSet rows, Path out, String org, LocalDate date) throws SQLException {
        ResultSetMetaData meta = rows.getMetaData();
        List<String> header = new ArrayList<>();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
            header.add(meta.getColumnLabel(c));
        }
        try (ExportFile<List<String>> file = ExportFile.start(out, CsvLayout.of(header, row -> row), 0)) {
            while (rows.next()) {
                List<String> cells = new ArrayList<>(header.size());
                for (int c = 1; c <= header.size(); c++) {
                    cells.add(cell(rows.getObject(c)));
                }
                file.write(cells, null);
            }
            return file.publish("reports run", "report", org, date.toString(), null, false);
        }
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime().format(TIMESTAMP);
        }
        if (value instanceof BigDecimal n) {
            return n.toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return CsvCells.text(value.toString());
    }
}
