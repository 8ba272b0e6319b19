package io.billcycle.providers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

import org.apache.ibatis.cursor.Cursor;
import org.mybatis.spring.SqlSessionTemplate;

import io.billcycle.export.ExportFile;
import io.billcycle.export.ExportFiles;
import io.billcycle.export.ExportedFile;

/**
 * Writes a batch's file from the database: its paid payments in id order, under {@code
 * <export-dir>/provider-payment-export/provider-payment-export-<org>-<date>-<batch>.csv} with its manifest, carrying
 * the execution that recorded the batch. The job and {@code provider-payments reexport} both write through here, so a
 * re-export is the same file byte for byte.
 */
public final class ProviderBatchFiles {

    static final String JOB = ProviderPaymentExportJobConfiguration.JOB_NAME;
    static final String KIND = "provider-payments";
    static final ProviderExportCsvLayout LAYOUT = new ProviderExportCsvLayout();

    private ProviderBatchFiles() {
    }

    public static ExportedFile write(SqlSessionTemplate sessions, Path exportDir, ProviderExportMapper.Batch batch) {
        Path target = ExportFiles.path(exportDir, JOB, JOB, batch.organization(), batch.businessDate(), batch.id());
        try (ExportFile<ProviderExportRow> file = ExportFile.start(target, LAYOUT, batch.jobExecutionId());
                Cursor<ProviderExportRow> rows = sessions.selectCursor(ProviderExportMapper.SELECT_BATCH_ROWS,
                        Map.of("batchId", batch.id()))) {
            for (ProviderExportRow row : rows) {
                file.write(row, row.amount());
            }
            return file.publish(JOB, KIND, batch.organization(), batch.businessDate().toString(), batch.currency(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
