package io.billcycle.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
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

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * A file that appears whole or not at all, with a JSON manifest beside it: what every export file is, CSV or PDF.
 * <p>
 * Bytes go through a SHA-256 digest to a temporary file named after the file and the job execution
 * ({@code .<name>.<execution>.part}). {@link #seal} forces it to disk and renames it into place; {@link #writeManifest}
 * then writes {@code <name>.manifest.json} the same way. A reader that waits for the manifest never sees half a file,
 * nor one whose bytes are not yet on disk. {@link #close} drops a file that was never sealed (the step failed).
 */
public final class PublishedFile implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private final Path target;
    private final Path temp;
    private final long jobExecutionId;
    private final MessageDigest digest;
    private final FileChannel channel;
    private final OutputStream out;
    private String sha256;
    private boolean finished;

    private PublishedFile(Path target, long jobExecutionId) throws IOException {
        this.target = target;
        this.jobExecutionId = jobExecutionId;
        this.temp = partFile(target, jobExecutionId);
        this.digest = sha256Digest();
        Files.createDirectories(target.toAbsolutePath().getParent());
        this.channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        this.out = new DigestOutputStream(Channels.newOutputStream(channel), digest);
    }

    /**
     * Starts a file that will be published as {@code target}; this execution's earlier unfinished attempt is
     * overwritten. A job's export (an execution id above 0) also removes what earlier executions left of the same file
     * when their process died mid-export: temporary names carry the execution id, so nothing else ever would. No one
     * else can be writing that file now, since the launch lock makes (job, organization, date), which the file is named
     * after, one run at a time.
     */
    public static PublishedFile start(Path target, long jobExecutionId) {
        try {
            if (jobExecutionId > 0) {
                removeLeftovers(target, jobExecutionId);
            }
            return new PublishedFile(target, jobExecutionId);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create export file " + target + ": " + e.getMessage(), e);
        }
    }

    static Path partFile(Path file, long jobExecutionId) {
        return file.resolveSibling("." + file.getFileName() + "." + jobExecutionId + ".part");
    }

    /** Where the bytes go (unbuffered: the writer on top buffers). Not to be closed by the caller. */
    public OutputStream out() {
        return out;
    }

    public Path target() {
        return target;
    }

    /** Forces the bytes to disk and renames the file into place; returns their SHA-256 in hex. */
    public String seal() {
        try {
            out.flush();
            channel.force(true);
            out.close();
            finished = true;
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            sha256 = HexFormat.of().formatHex(digest.digest());
            return sha256;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish export file " + target + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@code manifest} as {@code <file>.manifest.json}, aside and then moved in, after {@link #seal}. */
    public Path writeManifest(Object manifest) {
        if (sha256 == null) {
            throw new IllegalStateException("the manifest of " + target + " is written after the file is sealed");
        }
        Path manifestPath = target.resolveSibling(target.getFileName() + ".manifest.json");
        Path manifestTemp = partFile(manifestPath, jobExecutionId);
        try {
            try (FileChannel file = FileChannel.open(manifestTemp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                file.write(ByteBuffer.wrap(JSON.writeValueAsBytes(manifest)));
                file.force(true);
            }
            Files.move(manifestTemp, manifestPath, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return manifestPath;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the manifest of " + target + ": " + e.getMessage(), e);
        }
    }

    /** Drops an unsealed file (the step failed); a sealed one stays. */
    @Override
    public void close() {
        if (finished) {
            return;
        }
        finished = true;
        try {
            out.close();
        } catch (IOException e) {
            // the file is removed below whatever its stream says
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove unfinished export file " + temp + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the temporary files of {@code target} and of its manifest left by other executions. */
    private static void removeLeftovers(Path target, long jobExecutionId) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            return;
        }
        String name = target.getFileName().toString();
        Pattern leftover = Pattern.compile("\\." + Pattern.quote(name) + "(\\.manifest\\.json)?\\.(\\d+)\\.part");
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "." + name + "*.part")) {
            for (Path entry : entries) {
                Matcher m = leftover.matcher(entry.getFileName().toString());
                if (m.matches() && Long.parseLong(m.group(2)) != jobExecutionId) {
                    Files.deleteIfExists(entry);
                }
            }
        }
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}
