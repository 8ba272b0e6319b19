package io.billcycle.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Option;

/**
 * A job's own options on the generic commands ({@code run}, {@code preview}): {@code --option NAME=VALUE}, repeatable,
 * checked against the job's descriptor ({@code billcycle jobs} lists each job's options) when the run is launched.
 * No job's option is spelled out here, so a new job's options need no change to the CLI. {@code --period P} stays as
 * sugar for {@code --option period=P}, since operators type it for {@code provider-payment-export}; it is hidden from
 * the generic help. A {@code @Mixin}.
 */
public class JobOptions {

    @Option(names = "--option", paramLabel = "NAME=VALUE",
            description = "A job option, e.g. --option add-days=14 for frozen-prepaid-expiry-report or --option "
                    + "period=2025-01 for provider-payment-export; 'billcycle jobs' lists each job's options. Repeatable.")
    Map<String, String> given = new LinkedHashMap<>();

    @Option(names = "--period", paramLabel = "yyyy-MM", converter = Converters.Period.class, hidden = true,
            description = "Sugar for --option period=yyyy-MM.")
    String period;

    /** The options by the names jobs declare them with. */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>(given == null ? Map.of() : given);
        if (period != null) {
            values.put("period", period);
        }
        return values;
    }
}
