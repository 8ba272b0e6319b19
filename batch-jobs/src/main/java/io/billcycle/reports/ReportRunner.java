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
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;

import io.billcycle.batch.ActionRefusedException;
import io.billcycle.export.CsvCells;
import io.billcycle.export.CsvLayout;
import io.billcycle.export.ExportFile;
import io.billcycle.export.ExportedFile;

/**
 * Runs a checked {@link ReportTemplate} and writes its rows as CSV: in a READ ONLY transaction that is always rolled
 * back, under {@code SET LOCAL statement_timeout}, with every placeholder bound as a typed parameter. Text cells that a
 * spreadsheet would run as a formula are neutralised; dates are ISO.
 */
@Service
public class ReportRunner {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final DataSource dataSource;

    public ReportRunner(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The values the placeholders stand for. */
    public record Values(LocalDate currentDate, LocalDate dateFrom, LocalDate dateTo, List<Long> facilityIds) {
    }

    public ExportedFile run(ReportTemplate template, Values values, Path out, String org) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        boolean autoCommit = true;
        try {
            autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try (Statement setup = connection.createStatement()) {
                setup.execute("set transaction read only");
                setup.execute("set local statement_timeout = " + template.timeoutMillis());
                for (ReportTemplate.Setting setting : template.startup()) {
                    // the name is one of ReportTemplate.SETTINGS; the value goes through set_config, never into SQL
                    try (PreparedStatement set = connection.prepareStatement("select set_config(?, ?, true)")) {
                        set.setString(1, setting.name());
                        set.setString(2, setting.value().replaceAll("^'|'$", ""));
                        set.execute();
                    }
                }
            }
            try (PreparedStatement query = connection.prepareStatement(template.sqlFor(values.facilityIds().size()))) {
                query.setFetchSize(1000);
                bind(query, template, values);
                try (ResultSet rows = query.executeQuery()) {
                    return write(rows, out, org, values.currentDate());
                }
            }
        } catch (SQLException e) {
            if ("57014".equals(e.getSQLState())) {
                throw new ActionRefusedException("the report ran longer than its limit of " + template.timeoutMillis()
                        + " ms (a MAX_EXECUTION_TIME hint sets another) and was stopped; nothing was written");
            }
            throw new ActionRefusedException("the report failed: " + e.getMessage().lines().findFirst().orElse("")
                    + "; nothing was written");
        } finally {
            try {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(autoCommit);
            } catch (SQLException ignored) {
                // the connection goes back to the pool, which resets it
            }
            DataSourceUtils.releaseConnection(connection, dataSource);
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
                case CURRENT_DATE -> query.setObject(index++, values.currentDate());
                case DATE_FROM -> query.setObject(index++, values.dateFrom());
                case DATE_TO -> query.setObject(index++, values.dateTo());
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
