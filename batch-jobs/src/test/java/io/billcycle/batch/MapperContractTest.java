package io.billcycle.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;

import org.apache.ibatis.mapping.ResultFlag;
import org.apache.ibatis.mapping.ResultMap;
import org.apache.ibatis.mapping.ResultMapping;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import io.billcycle.organizations.Organization;
import io.billcycle.organizations.ZoneIdTypeHandler;
import io.billcycle.testsupport.JobTest;
import io.billcycle.testsupport.MapperContracts;

/** Every mapper of the jobs module agrees with its XML, in both session factories. */
class MapperContractTest extends JobTest {

    @Autowired
    SqlSessionFactory sqlSessionFactory;

    @Autowired
    @Qualifier("cursorSqlSessionFactory")
    SqlSessionFactory cursorSqlSessionFactory;

    @Test
    void everyMapperMethodHasAStatementAndEveryRecordMapMatchesItsRecord() {
        for (SqlSessionFactory factory : new SqlSessionFactory[] {sqlSessionFactory, cursorSqlSessionFactory}) {
            MapperContracts.Report report = MapperContracts.check(factory.getConfiguration(), "io.billcycle.");
            assertThat(report.problems()).isEmpty();
            assertThat(report.mappers()).contains("io.billcycle.invoicing.InvoiceGenerationMapper",
                    "io.billcycle.organizations.OrganizationMapper", "io.billcycle.statements.StatementMapper",
                    "io.billcycle.export.ExportBatchMapper", "io.billcycle.plans.BillingPlanMapper");
        }
    }

    /** The check itself finds what it is for: a method without SQL, a dangling statement id, a map off its record. */
    @Test
    void theCheckReportsEachKindOfMismatch() {
        Configuration configuration = new Configuration();
        configuration.addMapper(BrokenMapper.class);
        // MyBatis itself refuses named args that match no constructor; positional ones it cannot check
        configuration.addResultMap(recordMap(configuration, "io.billcycle.broken.positional",
                arg(configuration, null, long.class), arg(configuration, null, String.class),
                arg(configuration, null, String.class), arg(configuration, null, ZoneId.class)));
        configuration.addResultMap(recordMap(configuration, "io.billcycle.broken.fine",
                arg(configuration, "id", long.class), arg(configuration, "code", String.class),
                arg(configuration, "currency", String.class), arg(configuration, "timeZone", ZoneId.class)));

        assertThat(MapperContracts.check(configuration, "io.billcycle.").problems()).containsExactlyInAnyOrder(
                "BrokenMapper.countThings: no mapped statement",
                "BrokenMapper.SELECT_THINGS: names io.billcycle.batch.MapperContractTest$BrokenMapper.selectThings, which is not mapped",
                "io.billcycle.broken.positional: arg 1 has no name; the record has 'id'",
                "io.billcycle.broken.positional: arg 2 has no name; the record has 'code'",
                "io.billcycle.broken.positional: arg 3 has no name; the record has 'currency'",
                "io.billcycle.broken.positional: arg 4 has no name; the record has 'timeZone'");
    }

    interface BrokenMapper {
        String SELECT_THINGS = "io.billcycle.batch.MapperContractTest$BrokenMapper.selectThings";

        long countThings();
    }

    private static ResultMap recordMap(Configuration configuration, String id, ResultMapping... args) {
        return new ResultMap.Builder(configuration, id, Organization.class, List.of(args)).build();
    }

    private static ResultMapping arg(Configuration configuration, String name, Class<?> type) {
        ResultMapping.Builder builder = new ResultMapping.Builder(configuration, name, name == null ? "c" : name, type)
                .flags(List.of(ResultFlag.CONSTRUCTOR));
        if (type == ZoneId.class) {
            builder.typeHandler(new ZoneIdTypeHandler());
        }
        return builder.build();
    }
}
