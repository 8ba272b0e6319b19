package io.billcycle.cli;

import java.util.concurrent.Callable;

import io.billcycle.collections.CollectionStatus;
import io.billcycle.collections.CollectionStatuses;
import io.billcycle.organizations.Organizations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Verb(order = 250)
@Command(name = "collections", mixinStandardHelpOptions = true,
        description = "An organization's collection statuses (the integration itself is set with orgs set).",
        subcommands = {CollectionsCommand.Statuses.class})
public class CollectionsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "statuses", mixinStandardHelpOptions = true, description = "List or set collection statuses.",
            subcommands = {ListStatuses.class, SetStatus.class})
    public static class Statuses implements Runnable {
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().usage(spec.commandLine().getOut());
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The organization's collection statuses.")
    public static class ListStatuses implements Callable<Integer> {
        @Mixin OrgOption org;

        @Spec
        CommandSpec spec;

        private final CollectionStatuses statuses;
        private final Organizations organizations;

        public ListStatuses(CollectionStatuses statuses, Organizations organizations) {
            this.statuses = statuses;
            this.organizations = organizations;
        }

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            Table.Rows rows = new Table.Rows();
            for (CollectionStatus s : statuses.list(organizations.resolve(org.code()))) {
                rows.add(s.code(), s.description(), s.nextStatusCode() == null ? "stays"
                        : "to " + s.nextStatusCode() + " after " + s.daysToRemain() + " days");
            }
            Table.print(out, java.util.List.of(Table.left("code", 4), Table.left("description", 60), Table.left("moves on", 0)),
                    rows.list());
            return ExitCodes.OK;
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Add or change a status. --days-to-remain and --next go together; a chain of next statuses "
                    + "must end (no loops).")
    public static class SetStatus implements Callable<Integer> {
        @Mixin OrgOption org;
        @Option(names = "--code", required = true, paramLabel = "CODE", description = "1 to 3 capital letters or digits.") String code;
        @Option(names = "--description", required = true, paramLabel = "TEXT") String description;
        @Option(names = "--days-to-remain", paramLabel = "N", description = "Days an account stays before it moves on.") Integer days;
        @Option(names = "--next", paramLabel = "CODE", description = "The status it moves on to.") String next;

        @Spec
        CommandSpec spec;

        private final CollectionStatuses statuses;
        private final Organizations organizations;

        public SetStatus(CollectionStatuses statuses, Organizations organizations) {
            this.statuses = statuses;
            this.organizations = organizations;
        }

        @Override
        public Integer call() {
            statuses.set(organizations.resolve(org.code()), new CollectionStatus(code, description, days, next));
            spec.commandLine().getOut().printf("collection status %s saved%n", code);
            return ExitCodes.OK;
        }
    }
}
