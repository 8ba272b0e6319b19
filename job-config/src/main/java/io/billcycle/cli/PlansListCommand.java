package io.billcycle.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import io.billcycle.organizations.Organizations;
import io.billcycle.plans.PlanListing;
import io.billcycle.plans.PlanStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true, description = "List billing plans of an organization.")
public class PlansListCommand implements Callable<Integer> {

    @Mixin OrgOption org;

    @Option(names = "--status", paramLabel = "STATUS", description = "Only this status: ${COMPLETION-CANDIDATES}.")
    PlanStatus status;

    @Option(names = "--account", paramLabel = "NUMBER", description = "Only this account's plans.")
    String account;

    @Option(names = "--parked-on", paramLabel = "yyyy-MM-dd",
            description = "Only plans invoicing parked on this business date (more periods due than one run may bill).")
    LocalDate parkedOn;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "200", converter = Converters.NotNegative.class, description = "At most N rows; 0 for all (default ${DEFAULT-VALUE}).")
    int limit;

    @Spec
    CommandSpec spec;

    private final PlanListing plans;
    private final Organizations organizations;

    public PlansListCommand(PlanListing plans, Organizations organizations) {
        this.plans = plans;
        this.organizations = organizations;
    }

    @Override
    public Integer call() {
        long organizationId = organizations.resolve(org.code()).id();
        var out = spec.commandLine().getOut();
        // streamed: the columns have fixed widths, a longer subject is cut
        Table table = Table.streamed(Table.right("id", 8), Table.left("status", 8), Table.left("account", 12),
                Table.left("subject", 24), Table.right("amount", 10), Table.left("frequency", 9), Table.left("start", 10),
                Table.left("end", 10), Table.left("next", 10), Table.right("lead", 4));
        table.header(out);
        plans.forEach(organizationId, status, account, parkedOn, limit, p -> table.row(out, p.id(), p.status(),
                p.accountNumber(), p.subject(), p.amount(), p.frequency(), p.startDate(),
                p.endDate() == null ? "-" : p.endDate(), p.nextPeriodStart(), p.leadDays()));
        return ExitCodes.OK;
    }
}
