package io.billcycle.operations;

/**
 * Why something failed, as a person reads it: the most specific cause, on one line, without the Java class names
 * that frameworks and drivers put in front of their messages ("org.postgresql.util.PSQLException: ERROR: ...").
 */
public final class Reasons {

    private static final int MAX_LENGTH = 300;

    private Reasons() {
    }

    /**
     * The first message billcycle itself wrote in the chain of causes (it says what was being done and includes the
     * cause's words), else the root cause's: the driver's or the system's own words, without the frameworks' wrapping.
     */
    public static String of(Throwable failure) {
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && thrownByBillcycle(t)) {
                return clean(t.getMessage());
            }
            root = t;
        }
        return root.getMessage() == null ? describe(root) : clean(root.getMessage());
    }

    private static boolean thrownByBillcycle(Throwable t) {
        StackTraceElement[] trace = t.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith("io.billcycle.");
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
