package io.billcycle.cli;

import java.util.concurrent.Callable;

import io.billcycle.workers.Worker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Verb(order = 330)
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Run partitions for managers ('billcycle run JOB --workers remote', 'cycle --workers remote') "
                + "until stopped. Start workers first: the broker is embedded in the manager unless "
                + "SPRING_ARTEMIS_BROKER_URL names one, and workers wait for it. All of them share the database.",
                "Stopping a worker (SIGTERM, Ctrl-C) lets it finish the partition in hand first."})
public class WorkerCommand implements Callable<Integer> {

    @Option(names = "--threads", paramLabel = "N", converter = Converters.Partitions.class, defaultValue = "1",
            description = "Partitions this worker runs at the same time (default 1).")
    int threads = 1;

    @Spec
    CommandSpec spec;

    private final Worker worker;

    public WorkerCommand(Worker worker) {
        this.worker = worker;
    }

    @Override
    public Integer call() throws Exception {
        // --verbose (inherited from billcycle) also logs each partition taken and how it ended
        worker.serve(threads, spec.commandLine().getParseResult().hasMatchedOption("--verbose"), spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
