package io.billcycle.export;

import java.util.List;
import java.util.function.Function;

/**
 * The columns of one kind of export file and how a row fills them. The header is asked for when the file's first
 * row is written (or when an empty file is published), so a layout may learn its columns at run time, as the report
 * runner does from its query.
 *
 * @param <T> the row type
 */
public interface CsvLayout<T> {

    List<String> header();

    /** The row's cells in header order, already formatted with {@link CsvCells}. */
    List<String> cells(T row);

    /** A layout from a fixed header and a function that formats a row. */
    static <T> CsvLayout<T> of(List<String> header, Function<T, List<String>> cells) {
        List<String> columns = List.copyOf(header);
        return new CsvLayout<>() {
            @Override
            public List<String> header() {
                return columns;
            }

            @Override
            public List<String> cells(T row) {
                return cells.apply(row);
            }
        };
    }
}
