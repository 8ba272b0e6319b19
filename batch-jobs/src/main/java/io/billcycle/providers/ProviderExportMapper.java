package io.billcycle.providers;

import java.time.LocalDate;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of the provider-payment-export job and of re-exports, in ProviderExportMapper.xml beside this interface. */
@Mapper
public interface ProviderExportMapper {

    String SELECT_BATCH_ROWS = "io.billcycle.providers.ProviderExportMapper.selectBatchRows";

    /** An export batch of provider payments. */
    record Batch(long id, long organizationId, String organization, String currency, LocalDate businessDate,
            String servicePeriod, String fileName, long jobExecutionId, String sha256) {
    }

    /** The batch a job instance recorded, or null. */
    Batch batchOfInstance(@Param("jobInstanceId") long jobInstanceId);

    Batch batch(@Param("organizationId") long organizationId, @Param("id") long id);

    /**
     * Records a new batch and marks every AUTHORIZED payment of the period PAID in it, in one statement; returns the
     * payments marked. With nothing authorized, no batch is recorded and 0 is returned.
     */
    int assignBatch(@Param("organizationId") long organizationId, @Param("period") String period,
            @Param("date") LocalDate date, @Param("jobName") String jobName, @Param("jobInstanceId") long jobInstanceId,
            @Param("jobExecutionId") long jobExecutionId);
}
