package io.billcycle.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import io.billcycle.samples.SampleData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Verb(order = 310)
@Command(name = "samples", mixinStandardHelpOptions = true, description = "Deterministic sample data.",
        subcommands = SamplesCommand.Load.class)
public class SamplesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "load", mixinStandardHelpOptions = true,
            description = "Load three sample organizations (agency, practice, club) with every plan case the rules "
                + "distinguish, plus SCALE random plans each. The same scale and seed give the same data.")
    public static class Load implements Callable<Integer> {

        @Option(names = "--scale", paramLabel = "N", defaultValue = "100", converter = Converters.NotNegative.class,
                description = "Random billing plans per organization (default ${DEFAULT-VALUE}).")
        int scale;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--as-of", paramLabel = "yyyy-MM-dd", description = "Business date the plans are positioned for (default: the demo date).")
        LocalDate asOf;

        @Spec
        CommandSpec spec;

        private final SampleData samples;

        public Load(SampleData samples) {
            this.samples = samples;
        }

        @Override
        public Integer call() {
            SampleData.Summary summary = samples.load(scale, seed, asOf != null ? asOf : SampleData.DEMO_DATE);
            spec.commandLine().getOut().printf("loaded %d organizations, %d accounts, %d billing plans (seed %d)%n",
                    summary.organizations(), summary.accounts(), summary.plans(), seed);
            return ExitCodes.OK;
        }
    }
}
