package io.billcycle.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * One export file being written. Rows go through a SHA-256 digest to a temporary file named after the file and the
 * job execution ({@code .<name>.<execution>.part}); a job's export removes what earlier executions left of the same
 * file when their process died mid-export. {@link #publish} forces it to disk, renames it into place and only then writes the manifest the same way: a
 * reader that waits for the manifest never sees half a file, nor one whose bytes are not yet on disk.
 *
 * @param <T> the row type
 */
public final class ExportFile<T> implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private final Path target;
    private final Path temp;
    private final long jobExecutionId;
    private final CsvLayout<T> layout;
    private final MessageDigest digest;
    private final FileChannel channel;
    private final CSVPrinter printer;
    private boolean headerWritten;
    private long rowCount;
    private BigDecimal amountTotal = BigDecimal.ZERO.setScale(2);
    private boolean finished;

    private ExportFile(Path target, CsvLayout<T> layout, long jobExecutionId) throws IOException {
        this.target = target;
        this.jobExecutionId = jobExecutionId;
        this.temp = partFile(target, jobExecutionId);
        this.layout = layout;
        this.digest = sha256();
        Files.createDirectories(target.toAbsolutePath().getParent());
        this.channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
        this.printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(
                new DigestOutputStream(Channels.newOutputStream(channel), digest), StandardCharsets.UTF_8), 1 << 16), format);
    }

    /**
     * Starts a file that will be published as {@code target}; this execution's earlier unfinished attempt is overwritten.
     * A job's export (an execution id above 0) also removes what earlier executions left of the same file when their
     * process died mid-export: temporary names carry the execution id, so nothing else ever would. No one else can be
     * writing that file now, since the launch lock makes (job, organization, date), which the file is named after,
     * one run at a time.
     */
    public static <T> ExportFile<T> start(Path target, CsvLayout<T> layout, long jobExecutionId) {
        try {
            if (jobExecutionId > 0) {
                removeLeftovers(target, jobExecutionId);
            }
            return new ExportFile<>(target, layout, jobExecutionId);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create export file " + target + ": " + e.getMessage(), e);
        }
    }

    static Path partFile(Path file, long jobExecutionId) {
        return file.resolveSibling("." + file.getFileName() + "." + jobExecutionId + ".part");
    }

    /** Deletes the temporary files of {@code target} and of its manifest left by other executions. */
    private static void removeLeftovers(Path target, long jobExecutionId) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            return;
        }
        String name = target.getFileName().toString();
        Pattern leftover = Pattern.compile("\\." + Pattern.quote(name)
                + "(\\.manifest\\.json)?\\.(\\d+)\\.part");
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "." + name + "*.part")) {
            for (Path entry : entries) {
                Matcher m = leftover.matcher(entry.getFileName().toString());
                if (m.matches() && Long.parseLong(m.group(2)) != jobExecutionId) {
                    Files.deleteIfExists(entry);
                }
            }
        }
    }

    /** Writes a row; {@code amount} (null for files without amounts) goes into the manifest's total. */
    public void write(T row, BigDecimal amount) {
        try {
            writeHeader();
            printer.printRecord(layout.cells(row));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write export file " + temp + ": " + e.getMessage(), e);
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
        try {
            writeHeader();
            printer.flush();
            channel.force(true);
            printer.close(true);
            finished = true;
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            ExportManifest manifest = new ExportManifest(job, kind, org, businessDate, target.getFileName().toString(),
                    rowCount, hasAmounts ? amountTotal : null, currency, HexFormat.of().formatHex(digest.digest()),
                    jobExecutionId);
            Path manifestPath = target.resolveSibling(target.getFileName() + ".manifest.json");
            Path manifestTemp = partFile(manifestPath, jobExecutionId);
            try (FileChannel out = FileChannel.open(manifestTemp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                out.write(java.nio.ByteBuffer.wrap(JSON.writeValueAsBytes(manifest)));
                out.force(true);
            }
            Files.move(manifestTemp, manifestPath, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new ExportedFile(target, manifestPath, manifest);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish export file " + target + ": " + e.getMessage(), e);
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
            throw new UncheckedIOException("cannot remove unfinished export file " + temp + ": " + e.getMessage(), e);
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
