package io.billcycle.cli;

import picocli.CommandLine.Option;

/**
 * {@code --org CODE} on the commands that otherwise cover every organization (run, preview, cycle, listings): only
 * this one. A {@code @Mixin}.
 */
public class OrgScopeOption {

    @Option(names = "--org", paramLabel = "CODE", description = "Only this organization (default: every organization, each in turn).")
    String code;

    /** The code given, or null for every organization. */
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return String.valueOf(code);
    }
}
