package io.billcycle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import io.billcycle.batch.BusinessRun;
import io.billcycle.batch.IdRange;
import io.billcycle.samples.SampleData;

/**
 * Every partitioned reader keeps to its partition: run with an organization and a narrow id range, it returns exactly
 * the rows of the unfiltered run that belong to that organization and range, nothing outside. The readers are found,
 * not listed: every streamed statement (one with a fetch size) that takes {@code fromId}. Each is run on the samples
 * at the demo date, where every job has work in more than one place. A reader's row starts with the id it is
 * partitioned by and carries {@code organizationId}.
 */
class ReaderScopeContractTest extends CliTest {

    @Autowired
    @Qualifier("sqlSessionFactory")
    SqlSessionFactory sessions;
    @Autowired
    SqlSessionTemplate sql;

    @Test
    void everyPartitionedReaderReturnsOnlyItsOrganizationAndRange() throws Exception {
        assertThat(cli("samples", "load", "--scale", "40", "--seed", "7").code()).isZero();
        Map<String, Long> organizations = new TreeMap<>();
        jdbc.query("select code, id from organizations", rs -> {
            organizations.put(rs.getString(1), rs.getLong(2));
        });
        List<String> readers = new ArrayList<>();
        for (Object candidate : sessions.getConfiguration().getMappedStatements()) {
            if (candidate instanceof MappedStatement statement && statement.getId().startsWith("io.billcycle.")
                    && statement.getFetchSize() != null && takesIdRange(statement) && !readers.contains(statement.getId())) {
                readers.add(statement.getId());
            }
        }
        assertThat(readers).hasSizeGreaterThanOrEqualTo(5);
        for (String reader : readers) {
            List<Object> all = sql.selectList(reader, parameters(null, IdRange.ALL));
            assertThat(all).as(reader + " has rows on the samples").isNotEmpty();
            // each organization gets exactly its own rows
            organizations.forEach((code, id) -> assertThat(ids(sql.selectList(reader, parameters(code, IdRange.ALL))))
                    .as(reader + " for " + code).isEqualTo(ids(all.stream().filter(r -> organizationId(r) == id).toList())));
            // and within one, a range exactly the rows in it: the first row alone, all but it, the middle third
            long org = organizationId(all.get(0));
            String code = organizations.entrySet().stream().filter(e -> e.getValue() == org).findFirst().orElseThrow().getKey();
            List<Long> own = ids(all.stream().filter(r -> organizationId(r) == org).toList());
            List<IdRange> ranges = new ArrayList<>(List.of(new IdRange(own.get(0), own.get(0)),
                    new IdRange(own.get(0) + 1, Long.MAX_VALUE)));
            if (own.size() >= 3) {
                ranges.add(new IdRange(own.get(own.size() / 3), own.get(2 * own.size() / 3 - 1)));
            }
            for (IdRange range : ranges) {
                List<Long> expected = own.stream().filter(id -> id >= range.fromId() && id <= range.toId()).toList();
                assertThat(ids(sql.selectList(reader, parameters(code, range)))).as(reader + " for " + code + " in " + range)
                        .isEqualTo(expected);
            }
        }
    }

    private static List<Long> ids(List<Object> rows) {
        return rows.stream().map(ReaderScopeContractTest::id).sorted().toList();
    }

    private static Map<String, Object> parameters(String org, IdRange range) {
        return BusinessRun.of(BusinessRun.parameters(SampleData.DEMO_DATE, org), 0).sqlParameters(range);
    }

    private boolean takesIdRange(MappedStatement statement) {
        List<ParameterMapping> mappings = statement.getBoundSql(parameters(null, IdRange.ALL)).getParameterMappings();
        return mappings.stream().anyMatch(m -> m.getProperty().equals(BusinessRun.SQL_FROM_ID));
    }

    /** The row's first component: the id it is partitioned by. */
    private static long id(Object row) {
        return ((Number) component(row, row.getClass().getRecordComponents()[0])).longValue();
    }

    private static long organizationId(Object row) {
        for (RecordComponent c : row.getClass().getRecordComponents()) {
            if (c.getName().equals("organizationId")) {
                return ((Number) component(row, c)).longValue();
            }
        }
        throw new AssertionError(row.getClass().getName() + " has no organizationId");
    }

    private static Object component(Object row, RecordComponent c) {
        try {
            return c.getAccessor().invoke(row);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
