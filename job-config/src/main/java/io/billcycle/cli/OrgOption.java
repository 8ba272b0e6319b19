package io.billcycle.cli;

import picocli.CommandLine.Option;

/**
 * {@code --org CODE}: which organization a command acts on. Needed only when there are several and what the command
 * names (an account, a plan, payments) does not say; the feature's service resolves it and checks it against them.
 * A {@code @Mixin} of every command that acts on one organization.
 */
public class OrgOption extends OrgCode {

    @Option(names = "--org", paramLabel = "CODE",
            description = "The organization, by code (needed only when there are several and what you name does not say which).")
    void code(String value) {
        set(value);
    }
}
