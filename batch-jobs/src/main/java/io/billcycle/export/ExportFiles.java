package io.billcycle.export;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Where export files go: {@code <export-dir>/<job>/<stem>-<org>-<date>.csv}, the stem being the job's name by default,
 * ({@code .pdf} for printed statements), and {@code <stem>-<org>-<date>-<batch>.csv} for a file that is one numbered batch of several a day may have.
 */
public final class ExportFiles {

    private ExportFiles() {
    }

    public static Path path(Path exportDir, String job, String stem, String org, LocalDate date) {
        return path(exportDir, job, stem, org, date, "csv");
    }

    /** The same name with another extension, e.g. {@code pdf} for the printed statements beside their CSV. */
    public static Path path(Path exportDir, String job, String stem, String org, LocalDate date, String extension) {
        return exportDir.resolve(job).resolve(stem + "-" + org + "-" + date + "." + extension);
    }

    public static Path path(Path exportDir, String job, String stem, String org, LocalDate date, long batch) {
        return path(exportDir, job, stem, org, date, batch, "csv");
    }

    public static Path path(Path exportDir, String job, String stem, String org, LocalDate date, long batch,
            String extension) {
        return exportDir.resolve(job).resolve(stem + "-" + org + "-" + date + "-" + batch + "." + extension);
    }
}
