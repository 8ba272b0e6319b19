package io.billcycle.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What billcycle takes for a payment card number, so that it never stores one, never logs one and never echoes one
 * back: 13 to 19 digits, written together or in groups separated by one space or dash, that pass the Luhn check. The
 * database has the same rule ({@code looks_like_card_number}, migration V11), so both sides refuse the same values.
 * <p>
 * A run of digit groups is tried group-aligned: every stretch of whole groups holding 13 to 19 digits is checked, so
 * a card number written in front of other figures ("4111 1111 1111 1111 exp 12") is still found, while a long figure
 * without separators (a 20-digit reference) is not cut into pieces.
 */
public final class CardNumbers {

    /**
     * Digit groups joined by a single space or dash, standing on their own: not glued to a letter or another digit,
     * directly or through a dash, so the number inside a name such as {@code /tmp/junit-4111111111111111} is part of
     * the name, not a card number.
     */
    private static final Pattern RUN = Pattern.compile(
            "(?<![0-9A-Za-z])(?<![0-9A-Za-z]-)[0-9]+(?:[ -][0-9]+)*(?![0-9A-Za-z])(?!-[0-9A-Za-z])");
    private static final Pattern SEPARATOR = Pattern.compile("[ -]");
    /** No card number can hide in a value without 13 digits in a row, separators aside: the cheap first test. */
    private static final Pattern CANDIDATE = Pattern.compile("[0-9](?:[ -]?[0-9]){12}");

    private CardNumbers() {
    }

    /** Whether {@code value} holds anything that looks like a card number. */
    public static boolean looksLikeCard(String value) {
        return value != null && !spans(value).isEmpty();
    }

    /** {@code value} with the digits of every card-like number but its last four replaced by {@code *}. */
    public static String mask(String value) {
        if (value == null) {
            return null;
        }
        List<int[]> spans = spans(value);
        if (spans.isEmpty()) {
            return value;
        }
        StringBuilder masked = new StringBuilder(value);
        for (int[] span : spans) {
            int keep = 4;
            for (int i = span[1] - 1; i >= span[0]; i--) {
                if (Character.isDigit(masked.charAt(i))) {
                    if (keep > 0) {
                        keep--;
                    } else {
                        masked.setCharAt(i, '*');
                    }
                }
            }
        }
        return masked.toString();
    }

    /** Where the card-like numbers are: {start, end} character offsets. */
    private static List<int[]> spans(String value) {
        List<int[]> spans = new ArrayList<>();
        if (!CANDIDATE.matcher(value).find()) {
            return spans;
        }
        Matcher run = RUN.matcher(value);
        while (run.find()) {
            String[] groups = SEPARATOR.split(run.group());
            int[] starts = new int[groups.length];
            for (int g = 0, at = run.start(); g < groups.length; at += groups[g].length() + 1, g++) {
                starts[g] = at;
            }
            for (int first = 0; first < groups.length; first++) {
                StringBuilder digits = new StringBuilder();
                for (int last = first; last < groups.length && digits.length() + groups[last].length() <= 19; last++) {
                    digits.append(groups[last]);
                    if (digits.length() >= 13 && luhn(digits)) {
                        spans.add(new int[] {starts[first], starts[last] + groups[last].length()});
                    }
                }
            }
        }
        return spans;
    }

    /** The Luhn (mod 10) check that every card number passes. */
    static boolean luhn(CharSequence digits) {
        int sum = 0;
        for (int i = digits.length() - 1, n = 0; i >= 0; i--, n++) {
            int d = digits.charAt(i) - '0';
            if (n % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
