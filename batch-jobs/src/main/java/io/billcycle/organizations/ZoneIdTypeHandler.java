package io.billcycle.organizations;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;

import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/** {@code organizations.time_zone} (an IANA name such as {@code Europe/Paris}) as a {@link ZoneId}. */
public class ZoneIdTypeHandler extends BaseTypeHandler<ZoneId> {

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, ZoneId zone, JdbcType jdbcType) throws SQLException {
        ps.setString(i, zone.getId());
    }

    @Override
    public ZoneId getNullableResult(ResultSet rs, String column) throws SQLException {
        return zone(rs.getString(column));
    }

    @Override
    public ZoneId getNullableResult(ResultSet rs, int column) throws SQLException {
        return zone(rs.getString(column));
    }

    @Override
    public ZoneId getNullableResult(CallableStatement cs, int column) throws SQLException {
        return zone(cs.getString(column));
    }

    private static ZoneId zone(String id) {
        return id == null ? null : ZoneId.of(id);
    }
}
