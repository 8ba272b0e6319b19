package io.billcycle.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import io.billcycle.batch.UsageException;

/** Reads plan ids from a CSV file with a {@code plan_id} column; any bad row rejects the file, every problem listed. */
final class PlanIdFile {

    private PlanIdFile() {
    }

    static List<Long> read(Path file) {
        List<Long> ids = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get()
                        .parse(reader)) {
            if (!csv.getHeaderMap().containsKey("plan_id")) {
                throw new UsageException("file " + file + ": no plan_id column in the header " + csv.getHeaderNames());
            }
            for (CSVRecord record : csv) {
                long row = record.getRecordNumber() + 1;
                String value = record.isMapped("plan_id") && record.isSet("plan_id") ? record.get("plan_id") : "";
                try {
                    ids.add(Long.parseLong(value));
                } catch (NumberFormatException e) {
                    problems.add("file " + file + " row " + row + " column plan_id: '" + value + "' is not a plan id");
                }
            }
        } catch (IOException | IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new UsageException("file " + file + ": cannot be read as CSV: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new UsageException("file " + file + ": " + problems.size() + " bad row(s), nothing changed", problems);
        }
        if (ids.isEmpty()) {
            throw new UsageException("file " + file + ": no plan ids");
        }
        return ids;
    }
}
