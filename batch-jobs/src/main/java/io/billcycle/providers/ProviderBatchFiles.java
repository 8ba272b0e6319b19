package io.billcycle.providers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.apache.ibatis.cursor.Cursor;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.stereotype.Component;

import io.billcycle.export.ExportSpec;
import io.billcycle.export.ExportTarget;
import io.billcycle.export.ExportedFile;
import io.billcycle.export.Exports;

/**
 * Writes a batch's file from the database: its paid payments in id order, under {@code
 * <export-dir>/provider-payment-export/provider-payment-export-<org>-<date>-<batch>.csv} with its manifest, carrying
 * the execution that recorded the batch. The job and {@code provider-payments reexport} both write through here, so a
 * re-export is the same file byte for byte.
 */
@Component
public class ProviderBatchFiles {

    static final String JOB = ProviderPaymentExportJobConfiguration.JOB_NAME;
    static final ExportSpec<ProviderExportRow> PAYMENTS = ExportSpec.<ProviderExportRow>kind("provider-payments")
            .layout(new ProviderExportCsvLayout())
            .amount(ProviderExportRow::amount)
            .build();

    private final SqlSessionTemplate sessions;
    private final Exports exports;

    public ProviderBatchFiles(SqlSessionTemplate sessions, Exports exports) {
        this.sessions = sessions;
        this.exports = exports;
    }

    /** Where the batch's file goes, numbered by the batch. */
    static ExportTarget target(ProviderExportMapper.Batch batch) {
        return new ExportTarget(JOB, batch.jobExecutionId(), batch.organizationId(), batch.organization(),
                batch.businessDate(), batch.currency(), batch.id(), Map.of("servicePeriod", batch.servicePeriod()));
    }

    /** Writes the batch's file (even an empty batch has one); does not record it. */
    public ExportedFile write(ProviderExportMapper.Batch batch) {
        try (Cursor<ProviderExportRow> rows = sessions.selectCursor(ProviderExportMapper.SELECT_BATCH_ROWS,
                Map.of("batchId", batch.id()))) {
            return exports.write(PAYMENTS, target(batch), rows, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the batch's file and records it in {@code export_batches}. */
    public ExportedFile writeAndRecord(ProviderExportMapper.Batch batch) {
        ExportedFile file = write(batch);
        exports.record(PAYMENTS, target(batch), file);
        return file;
    }
}
