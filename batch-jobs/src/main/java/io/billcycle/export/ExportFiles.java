package io.billcycle.export;

import java.nio.file.Path;
import java.time.LocalDate;

/** Where export files go: {@code <export-dir>/<job>/<job>-<org>-<date>[-<batch>].csv}. */
public final class ExportFiles {

    private ExportFiles() {
    }

    public static Path path(Path exportDir, String job, String org, LocalDate date) {
        return exportDir.resolve(job).resolve(job + "-" + org + "-" + date + ".csv");
    }

    public static Path path(Path exportDir, String job, String org, LocalDate date, long batch) {
        return exportDir.resolve(job).resolve(job + "-" + org + "-" + date + "-" + batch + ".csv");
    }
}
