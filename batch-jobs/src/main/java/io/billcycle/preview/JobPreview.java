package io.billcycle.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.ibatis.cursor.Cursor;
import org.mybatis.spring.SqlSessionTemplate;

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

    /**
     * Streams {@code query}'s rows in batches of {@code size}, as a job's chunks would see them: for previews whose
     * rule needs a set-based query per batch (the ledger), never one per row.
     */
    static <T> void inBatches(SqlSessionTemplate sessions, String query, Map<String, Object> parameters, int size,
            Consumer<List<T>> batch) {
        List<T> items = new ArrayList<>(size);
        try (Cursor<T> cursor = sessions.selectCursor(query, parameters)) {
            for (T item : cursor) {
                items.add(item);
                if (items.size() == size) {
                    batch.accept(List.copyOf(items));
                    items.clear();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!items.isEmpty()) {
            batch.accept(List.copyOf(items));
        }
    }
}
