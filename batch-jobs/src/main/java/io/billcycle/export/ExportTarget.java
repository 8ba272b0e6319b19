package io.billcycle.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/**
 * Where one export file goes and whose it is: the job and execution that write it, the organization and business date
 * it is for, and the currency its amounts are in (null for a file without amounts). Its name is {@code
 * <job>-<org>-<date>.csv}, or {@code <job>-<org>-<date>-<batch>.csv} for one numbered batch of several a day may have.
 *
 * @param batch          0 for the day's one file, else the batch's number
 * @param manifestFields what the manifest says besides the common fields (e.g. a batch's service period)
 */
public record ExportTarget(String job, long jobExecutionId, long organizationId, String org, LocalDate businessDate,
        String currency, long batch, Map<String, String> manifestFields) {

    public ExportTarget {
        manifestFields = manifestFields == null ? Map.of() : Map.copyOf(manifestFields);
    }

    public ExportTarget(String job, long jobExecutionId, long organizationId, String org, LocalDate businessDate,
            String currency, long batch) {
        this(job, jobExecutionId, organizationId, org, businessDate, currency, batch, Map.of());
    }

    public Path path(Path exportDir) {
        return ExportFiles.path(exportDir, job, job, org, businessDate, batch, "csv");
    }
}
