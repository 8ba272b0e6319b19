package io.billcycle.batch;

import java.util.List;

/**
 * An operator action or a launch that was refused as a whole: nothing changed. Carries every problem found, one line
 * each (what, which input, why). The CLI exits with 1.
 */
public class ActionRefusedException extends RuntimeException {

    private final List<String> problems;

    public ActionRefusedException(String summary, List<String> problems) {
        super(summary);
        this.problems = List.copyOf(problems);
    }

    public ActionRefusedException(String summary) {
        this(summary, List.of());
    }

    public List<String> problems() {
        return problems;
    }
}
