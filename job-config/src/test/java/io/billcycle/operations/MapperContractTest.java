package io.billcycle.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import io.billcycle.BillcycleApplication;
import io.billcycle.testsupport.DatabaseTest;
import io.billcycle.testsupport.MapperContracts;

/** Every mapper of the application, its own included, agrees with the XML beside it. */
@SpringBootTest(classes = BillcycleApplication.class)
class MapperContractTest extends DatabaseTest {

    @Autowired
    SqlSessionFactory sqlSessionFactory;

    @Test
    void everyMapperMethodHasAStatementAndEveryRecordMapMatchesItsRecord() {
        MapperContracts.Report report = MapperContracts.check(sqlSessionFactory.getConfiguration(), "io.billcycle.");
        assertThat(report.problems()).isEmpty();
        assertThat(report.mappers()).contains("io.billcycle.operations.OperationsMapper",
                "io.billcycle.operations.LaunchLockMapper", "io.billcycle.samples.SampleDataMapper",
                "io.billcycle.invoicing.InvoiceGenerationMapper");
    }
}
