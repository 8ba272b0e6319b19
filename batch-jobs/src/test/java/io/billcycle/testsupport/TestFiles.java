package io.billcycle.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Export folders shared by a test JVM, emptied before each test and removed when it exits. */
public final class TestFiles {

    private TestFiles() {
    }

    /** A folder for the test JVM, removed with everything in it when the JVM exits. */
    public static Path createTempDirectory(String prefix) {
        try {
            Path directory = Files.createTempDirectory(prefix);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                emptyDirectory(directory);
                try {
                    Files.deleteIfExists(directory);
                } catch (IOException ignored) {
                    // the JVM is going away; a leftover folder in the temporary directory does no harm
                }
            }));
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void emptyDirectory(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(directory)).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
