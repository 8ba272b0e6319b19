package io.billcycle.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * One export file being written. Rows go to {@code <name>.part} through a SHA-256 digest; {@link #publish} renames it
 * into place and then writes the manifest, so a reader that waits for the manifest never sees half a file.
 *
 * @param <T> the row type
 */
public final class ExportFile<T> implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private final Path target;
    private final Path temp;
    private final CsvLayout<T> layout;
    private final MessageDigest digest;
    private final CSVPrinter printer;
    private long rowCount;
    private BigDecimal amountTotal;
    private boolean finished;

    private ExportFile(Path target, CsvLayout<T> layout) throws IOException {
        this.target = target;
        this.temp = target.resolveSibling(target.getFileName() + ".part");
        this.layout = layout;
        this.digest = sha256();
        Files.createDirectories(target.toAbsolutePath().getParent());
        OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), digest);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader(layout.header().toArray(String[]::new))
                .setRecordSeparator("\r\n")
                .get();
        this.printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16), format);
    }

    /** Starts a file that will be published as {@code target}; an earlier unfinished attempt is overwritten. */
    public static <T> ExportFile<T> start(Path target, CsvLayout<T> layout) {
        try {
            return new ExportFile<>(target, layout);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create export file " + target, e);
        }
    }

    public void write(T row) {
        try {
            printer.printRecord(layout.cells(row));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write export file " + temp, e);
        }
        rowCount++;
        BigDecimal amount = layout.amount(row);
        if (amount != null) {
            amountTotal = amountTotal == null ? amount : amountTotal.add(amount);
        }
    }

    /**
     * Completes the file: flush, rename into place, write the manifest.
     *
     * @param hasAmounts whether the manifest carries an amount total (0.00 for an empty file)
     */
    public ExportedFile publish(String job, String org, String businessDate, String currency, boolean hasAmounts,
            long jobExecutionId) {
        try {
            printer.close(true);
            finished = true;
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            BigDecimal total = hasAmounts ? (amountTotal == null ? BigDecimal.ZERO.setScale(2) : amountTotal) : null;
            ExportManifest manifest = new ExportManifest(job, org, businessDate, target.getFileName().toString(),
                    rowCount, total, currency, HexFormat.of().formatHex(digest.digest()), jobExecutionId);
            Path manifestPath = target.resolveSibling(target.getFileName() + ".manifest.json");
            Path manifestTemp = manifestPath.resolveSibling(manifestPath.getFileName() + ".part");
            JSON.writeValue(manifestTemp.toFile(), manifest);
            Files.move(manifestTemp, manifestPath, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new ExportedFile(target, manifestPath, manifest);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish export file " + target, e);
        }
    }

    /** Drops an unpublished file (the step failed); a published one stays. */
    @Override
    public void close() {
        if (finished) {
            return;
        }
        try {
            printer.close();
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove unfinished export file " + temp, e);
        } finally {
            finished = true;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}
