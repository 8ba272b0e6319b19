package io.billcycle.preview;

import java.util.List;
import java.util.function.Consumer;

import io.billcycle.batch.BusinessRun;

/**
 * A job's preview: the same reader query and the same rule as the job, producing one row per decision (including the
 * decisions that change nothing, with their reason) instead of writing. Called inside a read-only transaction.
 */
public interface JobPreview {

    String jobName();

    /** The preview file's columns; the first is always the organization's code. */
    List<String> header();

    /** Produces the rows of {@code run} (one organization), already formatted as cells. */
    void rows(BusinessRun run, Consumer<List<String>> rows);
}
