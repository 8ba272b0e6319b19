package io.billcycle.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One CSV export file being written: rows through a {@link PublishedFile}, which keeps it out of sight until it is
 * whole and on disk, then a manifest with its row count, amount total and SHA-256.
 *
 * @param <T> the row type
 */
public final class ExportFile<T> implements AutoCloseable {

    private final PublishedFile file;
    private final long jobExecutionId;
    private final CsvLayout<T> layout;
    private final CSVPrinter printer;
    private boolean headerWritten;
    private long rowCount;
    private BigDecimal amountTotal = BigDecimal.ZERO.setScale(2);

    private ExportFile(PublishedFile file, CsvLayout<T> layout, long jobExecutionId) {
        this.file = file;
        this.jobExecutionId = jobExecutionId;
        this.layout = layout;
        CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
        try {
            this.printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(file.out(), StandardCharsets.UTF_8),
                    1 << 16), format);
        } catch (IOException e) {
            file.close();
            throw new UncheckedIOException("cannot start export file " + file.target() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Starts a file that will be published as {@code target}; see {@link PublishedFile#start} for what an earlier
     * attempt leaves and how it is cleared.
     */
    public static <T> ExportFile<T> start(Path target, CsvLayout<T> layout, long jobExecutionId) {
        return new ExportFile<>(PublishedFile.start(target, jobExecutionId), layout, jobExecutionId);
    }

    /** Writes a row; {@code amount} (null for files without amounts) goes into the manifest's total. */
    public void write(T row, BigDecimal amount) {
        try {
            writeHeader();
            printer.printRecord(layout.cells(row));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write export file " + file.target() + ": " + e.getMessage(), e);
        }
        rowCount++;
        if (amount != null) {
            amountTotal = amountTotal.add(amount);
        }
    }

    private void writeHeader() throws IOException {
        if (!headerWritten) {
            printer.printRecord(layout.header());
            headerWritten = true;
        }
    }

    /**
     * Completes the file: flush and force to disk, rename into place, then write the manifest.
     *
     * @param hasAmounts whether the manifest carries an amount total (0.00 for an empty file)
     */
    public ExportedFile publish(String job, String kind, String org, String businessDate, String currency,
            boolean hasAmounts) {
        return publish(job, kind, org, businessDate, currency, hasAmounts, Map.of());
    }

    /** As {@link #publish(String, String, String, String, String, boolean)}, with fields of the export's own. */
    public ExportedFile publish(String job, String kind, String org, String businessDate, String currency,
            boolean hasAmounts, Map<String, String> extra) {
        try {
            writeHeader();
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish export file " + file.target() + ": " + e.getMessage(), e);
        }
        String sha256 = file.seal();
        Path target = file.target();
        ExportManifest manifest = new ExportManifest(job, kind, org, businessDate, target.getFileName().toString(),
                rowCount, hasAmounts ? amountTotal : null, currency, sha256, jobExecutionId, extra);
        return new ExportedFile(target, file.writeManifest(manifest), manifest);
    }

    /** Drops an unpublished file (the step failed); a published one stays. */
    @Override
    public void close() {
        file.close();
    }
}
