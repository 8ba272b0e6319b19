package io.billcycle.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The checks of one row of a payments file, apart from what needs the database (the account, earlier imports): each
 * failed check is one problem naming the row, the column and why. No Spring, no SQL.
 */
public final class PaymentRowCheck {

    static final int MAX_REFERENCE = 100;
    static final int MAX_METHOD = 30;

    private PaymentRowCheck() {
    }

    /** A row that passed: the values as they will be posted. */
    public record Payment(long row, String organization, String accountNumber, LocalDate paymentDate, BigDecimal amount,
            String reference, String method) {
    }

    /** Checks the row's cells; adds a problem for each failure and returns the payment, or null when any failed. */
    public static Payment check(long row, String organization, String accountNumber, String paymentDate, String amount,
            String reference, String method, List<String> problems) {
        int before = problems.size();
        if (organization.isBlank()) {
            problems.add(at(row, "organization", "is empty; give --org or an organization column"));
        }
        if (accountNumber.isBlank()) {
            problems.add(at(row, "account_number", "is empty"));
        }
        LocalDate date = null;
        try {
            date = LocalDate.parse(paymentDate);
        } catch (DateTimeParseException e) {
            problems.add(at(row, "payment_date", "'" + paymentDate + "' is not a date like 2026-01-31"));
        }
        BigDecimal value = null;
        try {
            value = new BigDecimal(amount);
            if (value.signum() <= 0) {
                problems.add(at(row, "amount", amount + " is not more than 0"));
            } else if (value.stripTrailingZeros().scale() > 2) {
                problems.add(at(row, "amount", amount + " has more than two decimals"));
            } else if (value.precision() - value.scale() > 12) {
                problems.add(at(row, "amount", amount + " is too large"));
            }
        } catch (NumberFormatException e) {
            problems.add(at(row, "amount", "'" + amount + "' is not an amount like 125.00"));
        }
        if (reference.isBlank()) {
            problems.add(at(row, "reference", "is empty; every payment needs the bank's reference"));
        } else if (reference.length() > MAX_REFERENCE) {
            problems.add(at(row, "reference", "is longer than " + MAX_REFERENCE + " characters"));
        }
        if (method.length() > MAX_METHOD) {
            problems.add(at(row, "method", "is longer than " + MAX_METHOD + " characters"));
        }
        return problems.size() > before ? null : new Payment(row, organization, accountNumber, date,
                value.setScale(2), reference, method.isBlank() ? null : method);
    }

    /** The row a problem of {@link #at} is about, to list problems in the file's order. */
    static long rowOf(String problem) {
        return Long.parseLong(problem.substring("row ".length(), problem.indexOf(' ', "row ".length())));
    }

    static String at(long row, String column, String why) {
        return "row " + row + " column " + column + ": " + why;
    }
}
