package io.billcycle.export;

import java.math.BigDecimal;
import java.util.List;

/**
 * The columns of one kind of export file and how a row fills them.
 *
 * @param <T> the row type
 */
public interface CsvLayout<T> {

    List<String> header();

    /** The row's cells in header order, already formatted with {@link CsvCells}. */
    List<String> cells(T row);

    /** The row's amount for the manifest total, or null when the file has no amounts. */
    default BigDecimal amount(T row) {
        return null;
    }
}
