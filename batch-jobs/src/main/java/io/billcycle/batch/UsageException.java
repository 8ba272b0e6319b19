package io.billcycle.batch;

import java.util.List;

/**
 * A value the operator gave is not usable (unknown job, unknown organization, a bad file). Exit code 2.
 * File problems come one per line in {@link #problems()}.
 */
public class UsageException extends RuntimeException {

    private final List<String> problems;

    public UsageException(String message) {
        this(message, List.of());
    }

    public UsageException(String message, List<String> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    /**
     * Refuses a change that has problems, saving nothing: a single problem as the one line, several as their count
     * with each listed below it.
     */
    public static void ifAny(List<String> problems) {
        if (problems.size() == 1) {
            throw new UsageException(problems.get(0) + "; nothing saved");
        }
        if (!problems.isEmpty()) {
            throw new UsageException(problems.size() + " problems, nothing saved", problems);
        }
    }

    public List<String> problems() {
        return problems;
    }
}
