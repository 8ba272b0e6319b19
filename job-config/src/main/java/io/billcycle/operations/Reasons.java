package io.billcycle.operations;

/**
 * Why something failed, as a person reads it: the most specific cause, on one line, without the Java class names
 * that frameworks and drivers put in front of their messages ("org.postgresql.util.PSQLException: ERROR: ...").
 */
public final class Reasons {

    private static final int MAX_LENGTH = 300;

    private Reasons() {
    }

    /** The root cause's message, cleaned. */
    public static String of(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? describe(root) : clean(root.getMessage());
    }

    /** One line, no class names, at most 300 characters. */
    public static String clean(String text) {
        String line = text.replaceAll("\\s+", " ").trim()
                .replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)(?:: )?", "").trim();
        return line.length() > MAX_LENGTH ? line.substring(0, MAX_LENGTH) + "..." : line;
    }

    /** An exception without a message, named in words: "null pointer (no details; --verbose shows them)". */
    private static String describe(Throwable t) {
        String name = t.getClass().getSimpleName().replaceAll("(Exception|Error)$", "");
        return name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase() + " (no details; --verbose shows them)";
    }
}
