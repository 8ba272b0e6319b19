package io.billcycle.cli;

import picocli.CommandLine.Option;

/**
 * {@code --org CODE} on the commands that otherwise cover every organization (run, preview, cycle, listings): only
 * this one; null for every organization. A {@code @Mixin}.
 */
public class OrgScopeOption extends OrgCode {

    @Option(names = "--org", paramLabel = "CODE", description = "Only this organization (default: every organization, each in turn).")
    void code(String value) {
        set(value);
    }
}
