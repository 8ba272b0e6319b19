package io.billcycle.export;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Where export files go: {@code <export-dir>/<job>/<stem>-<org>-<date>.<extension>} for a day's file, and
 * {@code <stem>-<org>-<date>-<batch>.<extension>} for one numbered batch (or part) of several a day may have. The
 * jobs' files take the job's name as their stem.
 */
public final class ExportFiles {

    private ExportFiles() {
    }

    /** The day's CSV file. */
    public static Path path(Path exportDir, String job, String stem, String org, LocalDate date) {
        return path(exportDir, job, stem, org, date, 0, "csv");
    }

    /** @param batch 0 for the day's one file, else its number: CSV batch 19, or PDF part 2 */
    public static Path path(Path exportDir, String job, String stem, String org, LocalDate date, long batch,
            String extension) {
        return exportDir.resolve(job).resolve(stem + "-" + org + "-" + date + (batch == 0 ? "" : "-" + batch) + "."
                + extension);
    }
}
