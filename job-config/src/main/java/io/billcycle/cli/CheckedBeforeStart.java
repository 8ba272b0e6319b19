package io.billcycle.cli;

import picocli.CommandLine.ParameterException;

/**
 * A command whose options depend on each other (a range's two ends, say): {@link #check} runs right after parsing,
 * before the application and the database start, so a mistake is answered like any other usage error.
 */
interface CheckedBeforeStart {

    /** Throws a {@link ParameterException} (with the command's {@code CommandLine}) saying what is wrong. */
    void check();
}
