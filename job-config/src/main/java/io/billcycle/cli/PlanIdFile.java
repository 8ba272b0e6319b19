package io.billcycle.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.billcycle.batch.UsageException;
import io.billcycle.imports.CsvInput;

/** Reads plan ids from a CSV file with a {@code plan_id} column; any bad row rejects the file, every problem listed. */
final class PlanIdFile {

    private PlanIdFile() {
    }

    static List<Long> read(Path file) {
        List<Long> ids = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        CsvInput.read(file, List.of("plan_id"), row -> {
            String value = row.get("plan_id");
            try {
                ids.add(Long.parseLong(value));
            } catch (NumberFormatException e) {
                problems.add("row " + row.number() + " column plan_id: '" + value + "' is not a plan id");
            }
        });
        if (!problems.isEmpty()) {
            throw new UsageException("file " + file + ": " + problems.size() + " bad row(s), nothing changed", problems);
        }
        if (ids.isEmpty()) {
            throw new UsageException("file " + file + ": no plan ids");
        }
        return ids;
    }
}
