package io.billcycle.statements;

import java.util.ArrayList;
import java.util.List;

import io.billcycle.text.MessageLines;

/**
 * The message lines a statement prints, at most four of at most 60 characters: the account's override message when
 * it has one (it replaces everything, and the billing message, not printed, is kept for later); otherwise the billing
 * message's lines followed by the dunning message of the account's new level. A billing message that is not
 * recurring is cleared once printed.
 */
public final class StatementMessages {

    public static final int MAX_LINES = 4;
    public static final int MAX_LENGTH = MessageLines.MAX_LENGTH;

    private StatementMessages() {
    }

    /**
     * @param lines               the lines to print
     * @param clearBillingMessage whether the account's billing message is to be cleared after this statement
     */
    public record Messages(List<String> lines, boolean clearBillingMessage) {
    }

    /** Any of the texts may be null; each is newline-separated lines, already checked when it was saved. */
    public static Messages of(String override, String billingMessage, boolean billingRecurring, String dunningMessage) {
        if (!blank(override)) {
            return new Messages(lines(override), false);
        }
        List<String> lines = new ArrayList<>();
        boolean billingPrinted = !blank(billingMessage);
        if (billingPrinted) {
            lines.addAll(lines(billingMessage));
        }
        if (!blank(dunningMessage)) {
            lines.addAll(lines(dunningMessage));
        }
        if (lines.size() > MAX_LINES) {
            throw new IllegalArgumentException("a statement prints at most " + MAX_LINES + " message lines, got " + lines.size());
        }
        return new Messages(List.copyOf(lines), billingPrinted && !billingRecurring);
    }

    private static List<String> lines(String text) {
        return MessageLines.of(text);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
