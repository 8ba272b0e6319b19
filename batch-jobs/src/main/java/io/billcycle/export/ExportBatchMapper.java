package io.billcycle.export;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.apache.ibatis.annotations.Mapper;

/** Records each published export file in {@code export_batches}. */
@Mapper
public interface ExportBatchMapper {

    /** Inserts the file's row, or refreshes it when the same file is written again (a rerun). */
    void recordWrittenFile(String kind, String jobName, long organizationId, LocalDate businessDate, String fileName, long rowCount,
            BigDecimal amountTotal, String sha256, long jobExecutionId);
}
