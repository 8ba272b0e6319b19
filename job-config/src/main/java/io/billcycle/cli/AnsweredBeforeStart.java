package io.billcycle.cli;

/**
 * A command that needs neither the application nor the database (like {@code --help}): it is run right after parsing,
 * in well under a second, and answers on its own.
 */
interface AnsweredBeforeStart {

    /** Runs the command; returns its exit code. */
    int answer() throws Exception;
}
