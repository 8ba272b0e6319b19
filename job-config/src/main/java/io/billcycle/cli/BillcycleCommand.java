package io.billcycle.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command: only groups the verbs, which are the classes marked {@link Verb} (see {@link Cli}). */
@Command(name = "billcycle", mixinStandardHelpOptions = true, version = "billcycle 0.1.0",
        description = "Batch engine for billing cycles: run, preview, restart and inspect jobs; operate plans, accounts, "
                + "organizations and the ledger.",
        footer = {"", "Exit codes:", "  0  success (also: already completed, nothing to do)",
                "  1  a job failed or an action was refused",
                "  2  usage error (unknown command or option, a bad value, a bad setting)",
                "  3  the database or the broker cannot be reached"})
public class BillcycleCommand implements Runnable {

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Show stack traces and framework logging.")
    boolean verbose;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
