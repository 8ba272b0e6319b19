package io.billcycle.cli;

import picocli.CommandLine.Option;

/**
 * {@code --workers local|remote}, shared by the commands that launch jobs. With {@code remote} the process becomes the
 * manager: its partitions go through the broker to {@code billcycle worker} processes. The CLI reads the option
 * before the application starts, to embed the broker in this process when no external one is configured.
 */
public class WorkersOption {

    static final String NAME = "--workers";

    /** Where partitions run. */
    public enum Place {
        LOCAL, REMOTE
    }

    @Option(names = NAME, paramLabel = "local|remote", defaultValue = "local",
            description = "Where the partitions run: on threads of this process (local, the default), or on "
                    + "'billcycle worker' processes through the broker (remote); see docs/scale-out.md.")
    Place place = Place.LOCAL;

    boolean remote() {
        return place == Place.REMOTE;
    }
}
