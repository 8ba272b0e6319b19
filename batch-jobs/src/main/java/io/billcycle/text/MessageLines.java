package io.billcycle.text;

import java.util.ArrayList;
import java.util.List;

/** Message text as statements print it: newline-separated lines of at most {@value #MAX_LENGTH} characters. */
public final class MessageLines {

    public static final int MAX_LENGTH = 60;

    private MessageLines() {
    }

    /** The text's lines, trailing spaces dropped. */
    public static List<String> of(String text) {
        return text.strip().lines().map(String::stripTrailing).toList();
    }

    /** What is wrong with {@code text} as a message of at most {@code maxLines} lines; empty when it fits. */
    public static List<String> problems(String text, int maxLines) {
        List<String> problems = new ArrayList<>();
        List<String> lines = of(text);
        if (lines.size() > maxLines) {
            problems.add("has " + lines.size() + " lines; at most " + maxLines);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).length() > MAX_LENGTH) {
                problems.add("line " + (i + 1) + " has " + lines.get(i).length() + " characters; at most " + MAX_LENGTH);
            }
        }
        return problems;
    }
}
