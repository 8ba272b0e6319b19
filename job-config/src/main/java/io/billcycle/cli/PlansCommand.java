package io.billcycle.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Verb(order = 200)
@Command(name = "plans", mixinStandardHelpOptions = true,
        description = "Billing plans: pause, resume or void them in bulk (atomically), list them.",
        subcommands = {PlanActionCommand.Pause.class, PlanActionCommand.Resume.class, PlanActionCommand.Void.class,
                PlansListCommand.class})
public class PlansCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
