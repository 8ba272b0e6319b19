package io.billcycle.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every listing's layout: columns two spaces apart, numbers to the right, a line of text per row whatever a cell holds
 * (a line break shows as " / "). A listing held in memory gets columns as wide as their widest cell; a streamed one
 * (no row is held) gets each column's maximum, and a longer cell is cut with "...". A column's maximum keeps one long
 * description from pushing the rest off the screen. The last column is never padded or cut.
 */
final class Table {

    /** A column: its header, the most characters a cell shows, and whether numbers line up on the right. */
    record Column(String header, int max, boolean right) {
    }

    static Column left(String header, int max) {
        return new Column(header, max, false);
    }

    static Column right(String header, int max) {
        return new Column(header, max, true);
    }

    private final List<Column> columns;
    private final int[] widths;

    private Table(List<Column> columns, int[] widths) {
        this.columns = columns;
        this.widths = widths;
    }

    /** A table whose rows come one by one: each column as wide as its maximum. */
    static Table streamed(Column... columns) {
        return new Table(List.of(columns), Arrays.stream(columns).mapToInt(c -> Math.max(c.max(), c.header().length())).toArray());
    }

    /** Prints a header and {@code rows}, each column as wide as its widest cell (at most its maximum). */
    static void print(PrintWriter out, List<Column> columns, List<List<?>> rows) {
        int[] widths = columns.stream().mapToInt(c -> c.header().length()).toArray();
        for (List<?> row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], Math.min(columns.get(i).max(), text(row.get(i)).length()));
            }
        }
        Table table = new Table(columns, widths);
        table.header(out);
        rows.forEach(row -> table.row(out, row.toArray()));
    }

    void header(PrintWriter out) {
        row(out, columns.stream().map(Column::header).toArray());
    }

    void row(PrintWriter out, Object... cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String cell = text(cells[i]);
            boolean last = i == widths.length - 1;
            if (last) {
                line.append(cell);
                break;
            }
            if (cell.length() > widths[i]) {
                cell = cell.substring(0, Math.max(0, widths[i] - 3)) + "...";
            }
            String pad = " ".repeat(widths[i] - cell.length());
            line.append(columns.get(i).right() ? pad + cell : cell + pad).append("  ");
        }
        out.println(line.toString().stripTrailing());
    }

    private static String text(Object cell) {
        return cell == null ? "" : cell.toString().replace("\r\n", " / ").replace("\n", " / ");
    }

    /** Rows for {@link #print}, built one at a time. */
    static final class Rows {
        private final List<List<?>> rows = new ArrayList<>();

        Rows add(Object... cells) {
            rows.add(Arrays.asList(cells));
            return this;
        }

        List<List<?>> list() {
            return rows;
        }
    }
}
