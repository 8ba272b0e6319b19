package io.billcycle.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import io.billcycle.batch.UsageException;

/**
 * The checks every input file gets before it is read, with one line naming the file (as the caller labels it: "file
 * X", "--override-file X") and the problem: missing, a directory, empty, compressed or binary.
 */
final class FileChecks {

    private static final int SNIFF_BYTES = 8192;

    private FileChecks() {
    }

    /**
     * The first bytes, after checking that the file is there, readable, and looks like text.
     *
     * @param kind  what the file should be, for the messages: "CSV text file", "text file"
     * @param empty why an empty file will not do
     */
    static byte[] sniff(Path file, String label, String kind, String empty) {
        if (Files.isDirectory(file)) {
            throw new UsageException(label + ": is a directory, not a " + kind.replace(" text", ""));
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        } catch (NoSuchFileException e) {
            throw new UsageException(label + ": no such file");
        } catch (IOException e) {
            throw new UsageException(label + ": cannot be read: " + e.getMessage());
        }
        if (head.length == 0) {
            throw new UsageException(label + ": is empty; " + empty);
        }
        if (startsWith(head, 0x1f, 0x8b) || startsWith(head, 'P', 'K', 3, 4) || startsWith(head, 'B', 'Z', 'h')
                || startsWith(head, 0xfd, '7', 'z', 'X', 'Z')) {
            throw notText(label, kind, "it is compressed; unpack it first");
        }
        for (byte b : head) {
            if (b == 0) {
                throw notText(label, kind, "it holds binary data");
            }
        }
        return head;
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static UsageException notText(String label, String kind, String why) {
        return new UsageException(label + ": not a " + kind + " (" + why + ")");
    }
}
