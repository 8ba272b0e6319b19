package io.billcycle.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import io.billcycle.batch.UsageException;

/**
 * Opens a CSV file with a header row as people make them: with or without a UTF-8 byte-order mark (Excel's "CSV
 * UTF-8"), CRLF or LF line ends, quoted header names, spaces around values and names, header names in any case. A
 * file that is missing, empty, compressed, binary or not UTF-8 is refused with one line that says so.
 */
public final class CsvInput {

    private static final int SNIFF_BYTES = 8192;

    private CsvInput() {
    }

    /** A data row: its line-based row number (the header is row 1) and its cells by lower-case column name. */
    public record Row(long number, Map<String, String> cells) {

        /** The trimmed cell, or "" when the row has no such cell. */
        public String get(String column) {
            String value = cells.get(column);
            return value == null ? "" : value;
        }
    }

    /**
     * Reads every data row of {@code file}, after checking that the header has the {@code required} columns.
     *
     * @return the header names as found, lower-cased
     */
    public static List<String> read(Path file, List<String> required, Consumer<Row> rows) {
        byte[] head = sniff(file);
        try (InputStream in = Files.newInputStream(file);
                Reader reader = new InputStreamReader(skipBom(in, head), StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
                CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                        .setIgnoreEmptyLines(true).get().parse(reader)) {
            List<String> header = csv.getHeaderNames().stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
            List<String> missing = required.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new UsageException("file " + file + ": the header " + csv.getHeaderNames() + " has no column "
                        + String.join(", ", missing));
            }
            for (CSVRecord record : csv) {
                Map<String, String> cells = new LinkedHashMap<>();
                List<String> names = csv.getHeaderNames();
                for (int i = 0; i < names.size() && i < record.size(); i++) {
                    cells.put(header.get(i), record.get(i));
                }
                rows.accept(new Row(record.getRecordNumber() + 1, cells));
            }
            return header;
        } catch (CharacterCodingException e) {
            throw notText(file, "it is not UTF-8 text");
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw notText(file, "it is not UTF-8 text");
            }
            throw new UsageException("file " + file + ": cannot be read as CSV: " + e.getCause().getMessage());
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new UsageException("file " + file + ": cannot be read as CSV: " + e.getMessage());
        }
    }

    /** The first bytes, after checking that the file is there, readable, and looks like text. */
    private static byte[] sniff(Path file) {
        if (Files.isDirectory(file)) {
            throw new UsageException("file " + file + ": is a directory, not a CSV file");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        } catch (NoSuchFileException e) {
            throw new UsageException("file " + file + ": no such file");
        } catch (IOException e) {
            throw new UsageException("file " + file + ": cannot be read: " + e.getMessage());
        }
        if (head.length == 0) {
            throw new UsageException("file " + file + ": is empty; a header row is needed");
        }
        if (startsWith(head, 0x1f, 0x8b) || startsWith(head, 'P', 'K', 3, 4) || startsWith(head, 'B', 'Z', 'h')
                || startsWith(head, 0xfd, '7', 'z', 'X', 'Z')) {
            throw notText(file, "it is compressed; unpack it first");
        }
        for (byte b : head) {
            if (b == 0) {
                throw notText(file, "it holds binary data");
            }
        }
        return head;
    }

    private static InputStream skipBom(InputStream in, byte[] head) throws IOException {
        if (startsWith(head, 0xef, 0xbb, 0xbf)) {
            in.skipNBytes(3);
        }
        return in;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
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

    private static UsageException notText(Path file, String why) {
        return new UsageException("file " + file + ": not a CSV text file (" + why + ")");
    }
}
