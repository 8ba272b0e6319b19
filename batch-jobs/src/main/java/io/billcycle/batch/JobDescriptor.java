package io.billcycle.batch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the rest of billcycle knows about a job, declared by the job's own configuration as a bean: its name, what it
 * does, its place in the daily cycle (if any) and on which business dates it runs there, what its steps count, the
 * named counters its summary prints, and the options it takes. {@code JobCatalog}, {@code cycle} and the CLI read
 * descriptors; adding a job never means editing a list somewhere else.
 *
 * @param cycleOrder the job's place in the daily cycle (lower runs first), or empty when the cycle never runs it
 * @param readOnly   the job only reads and writes files (a report): it changes no money or status, so it needs no
 *                   preview
 */
public record JobDescriptor(String name, String description, Optional<Integer> cycleOrder, RunsOn runsOn,
        List<StepItems> steps, List<Counter> counters, List<JobOption> options, boolean readOnly) {

    public JobDescriptor {
        steps = List.copyOf(steps);
        counters = List.copyOf(counters);
        options = List.copyOf(options);
    }

    public static Builder named(String name) {
        return new Builder(name);
    }

    public boolean inCycle() {
        return cycleOrder.isPresent();
    }

    /** Whether the daily cycle for {@code date} runs this job. */
    public boolean runsInCycleOn(LocalDate date) {
        return inCycle() && runsOn.test(date);
    }

    /** What a step's items are ("plans", "invoices"), or "items" for a step the descriptor does not name. */
    public String itemsOf(String stepName) {
        return steps.stream().filter(s -> s.step().equals(stepName)).map(StepItems::items).findFirst().orElse("items");
    }

    public Optional<JobOption> option(String optionName) {
        return options.stream().filter(o -> o.name().equals(optionName)).findFirst();
    }

    /** A step and what its items are, for summaries and listings. */
    public record StepItems(String step, String items) {
    }

    /**
     * A counter a step publishes with {@link StepCounters} and the summary prints, with a note (or none) shown when it
     * is not zero ({@code {count}}, {@code {date}} and {@code {org}} are filled in), e.g. how to list the parked plans.
     */
    public record Counter(String name, String note) {

        public String noteFor(long count, LocalDate date, String org) {
            return note.replace("{count}", Long.toString(count)).replace("{date}", date.toString())
                    .replace("{org}", org == null ? "CODE" : org);
        }
    }

    /**
     * A job-specific identifying option; a required one must be given to every run of the job. A whole number lies
     * between {@code min} and {@code max}, both included.
     */
    public record JobOption(String name, OptionType type, String description, boolean required, long min, long max) {

        JobOption(String name, OptionType type, String description, boolean required) {
            this(name, type, description, required, Long.MIN_VALUE, Long.MAX_VALUE);
        }

        /** Null when {@code value} is acceptable, else why not. */
        public String problemWith(String value) {
            String why = type.problemWith(value);
            if (why == null && type == OptionType.WHOLE_NUMBER) {
                long n = Long.parseLong(value);
                if (n < min || n > max) {
                    return "must be a whole number from " + min + " to " + max;
                }
            }
            return why;
        }
    }

    /** How a job option's value is checked before a run starts. */
    public enum OptionType {
        WHOLE_NUMBER, MONTH, ID_LIST, YES_NO;

        /** Null when {@code value} is acceptable, else why not. */
        public String problemWith(String value) {
            try {
                switch (this) {
                    case WHOLE_NUMBER -> Long.parseLong(value);
                    case MONTH -> java.time.YearMonth.parse(value);
                    case ID_LIST -> {
                        if (!value.matches("\\d+(,\\d+)*")) {
                            return "must be ids separated by commas, like 3,7";
                        }
                    }
                    case YES_NO -> {
                        if (!value.equals("yes") && !value.equals("no")) {
                            return "must be yes or no";
                        }
                    }
                }
                return null;
            } catch (RuntimeException e) {
                return switch (this) {
                    case MONTH -> "must be a month like 2026-01";
                    default -> "must be a whole number";
                };
            }
        }
    }

    public static final class Builder {
        private final String name;
        private String description = "";
        private Integer cycleOrder;
        private RunsOn runsOn = RunsOn.EVERY_DAY;
        private final List<StepItems> steps = new ArrayList<>();
        private final List<Counter> counters = new ArrayList<>();
        private final List<JobOption> options = new ArrayList<>();
        private boolean readOnly;

        private Builder(String name) {
            this.name = name;
        }

        public Builder description(String text) {
            description = text;
            return this;
        }

        /** The job runs in the daily cycle at {@code order}, on the dates {@code runsOn} accepts. */
        public Builder inCycle(int order, RunsOn when) {
            cycleOrder = order;
            runsOn = when;
            return this;
        }

        /** The job changes no money or status (a report): nothing to preview. */
        public Builder readOnly() {
            readOnly = true;
            return this;
        }

        public Builder step(String step, String items) {
            steps.add(new StepItems(step, items));
            return this;
        }

        /** A counter the step rows show, without a note of its own. */
        public Builder counter(String counterName) {
            return counter(counterName, null);
        }

        public Builder counter(String counterName, String note) {
            counters.add(new Counter(counterName, note));
            return this;
        }

        public Builder option(String optionName, OptionType type, String text) {
            options.add(new JobOption(optionName, type, text, false));
            return this;
        }

        /** A whole-number option, checked against its range before the run starts. */
        public Builder option(String optionName, long min, long max, String text) {
            options.add(new JobOption(optionName, OptionType.WHOLE_NUMBER, text, false, min, max));
            return this;
        }

        /** An option every run must give (the service period of an export, say). */
        public Builder requiredOption(String optionName, OptionType type, String text) {
            options.add(new JobOption(optionName, type, text, true));
            return this;
        }

        public JobDescriptor build() {
            return new JobDescriptor(name, description, Optional.ofNullable(cycleOrder), runsOn, steps, counters, options,
                    readOnly);
        }
    }
}
