package io.billcycle.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.billcycle.batch.UsageException;
import io.billcycle.imports.CsvInput;
import io.billcycle.plans.PlanSelection;

/**
 * Reads plan ids from a CSV file with a {@code plan_id} column. Bad rows do not stop the reading: they become the
 * selection's problems, listed with whatever the action finds wrong with the good ids, and any of them refuses it.
 */
final class PlanIdFile {

    private PlanIdFile() {
    }

    static PlanSelection read(Path file) {
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
        if (ids.isEmpty() && problems.isEmpty()) {
            throw new UsageException("file " + file + ": no plan ids");
        }
        return PlanSelection.ids(ids, problems.stream().map(p -> "file " + file.getFileName() + ", " + p).toList());
    }
}
