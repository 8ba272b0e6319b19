package io.billcycle.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Formats cell values for export files. Text that a spreadsheet would read as a formula gets a leading apostrophe;
 * numbers and dates are written plainly and never altered.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** Text cell, guarded against formula injection; null becomes an empty cell. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        boolean formulaLike = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formulaLike ? "'" + value : value;
    }

    /** Amount with exactly two decimals, '.' as separator, '-' for negatives, no grouping; null is empty. */
    public static String amount(BigDecimal value) {
        return value == null ? "" : value.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** ISO {@code yyyy-MM-dd}; null is empty. */
    public static String date(LocalDate value) {
        return value == null ? "" : value.toString();
    }

    public static String number(Long value) {
        return value == null ? "" : value.toString();
    }
}
