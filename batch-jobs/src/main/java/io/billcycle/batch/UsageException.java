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

    public List<String> problems() {
        return problems;
    }
}
