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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import io.billcycle.batch.UsageException;
import io.billcycle.text.CardNumbers;

/**
 * Opens a CSV file with a header row as people make them: with or without a UTF-8 byte-order mark (Excel's "CSV
 * UTF-8"), CRLF or LF line ends, quoted header names, spaces around values and names, header names in any case. A
 * file that is missing, empty, compressed, binary or not UTF-8 is refused with one line that says so. A cell that
 * holds a NUL byte or looks like a card number refuses the file, naming its row and column but never its value.
 */
public final class CsvInput {

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
        byte[] head = FileChecks.sniff(file, "file " + file, "CSV text file", "a header row is needed");
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
            List<String> refused = new ArrayList<>();
            for (CSVRecord record : csv) {
                Map<String, String> cells = new LinkedHashMap<>();
                List<String> names = csv.getHeaderNames();
                long number = record.getRecordNumber() + 1;
                boolean clean = true;
                for (int i = 0; i < names.size() && i < record.size(); i++) {
                    String problem = cellProblem(record.get(i));
                    if (problem != null) {
                        refused.add("file " + file + ", row " + number + ", column " + header.get(i) + " " + problem);
                        clean = false;
                    }
                    cells.put(header.get(i), record.get(i));
                }
                // a refused cell never reaches the importer's own checks, which may repeat values in their messages
                if (clean) {
                    rows.accept(new Row(number, cells));
                }
            }
            UsageException.ifAny(refused);
            return header;
        } catch (CharacterCodingException e) {
            throw FileChecks.notText("file " + file, "CSV text file", "it is not UTF-8 text");
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw FileChecks.notText("file " + file, "CSV text file", "it is not UTF-8 text");
            }
            throw new UsageException("file " + file + ": cannot be read as CSV: " + e.getCause().getMessage());
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new UsageException("file " + file + ": cannot be read as CSV: " + e.getMessage());
        }
    }

    /** What no cell may hold, whatever the file: a card number (never stored) and a NUL byte (binary data). */
    private static String cellProblem(String cell) {
        if (cell.indexOf('\u0000') >= 0) {
            return "holds a NUL byte: the file has binary data in it";
        }
        if (CardNumbers.looksLikeCard(cell)) {
            return "looks like a card number: billcycle never takes card numbers";
        }
        return null;
    }

    private static InputStream skipBom(InputStream in, byte[] head) throws IOException {
        if (FileChecks.startsWith(head, 0xef, 0xbb, 0xbf)) {
            in.skipNBytes(3);
        }
        return in;
    }
}
