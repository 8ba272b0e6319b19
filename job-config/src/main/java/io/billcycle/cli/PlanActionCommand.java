package io.billcycle.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import io.billcycle.batch.Actor;
import io.billcycle.operations.BusinessCalendar;
import io.billcycle.organizations.Organization;
import io.billcycle.organizations.Organizations;
import io.billcycle.plans.PlanAction;
import io.billcycle.plans.PlanActionResult;
import io.billcycle.plans.PlanActionService;
import io.billcycle.plans.PlanSelection;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** pause, resume and void: the same selection and options, one action each. */
public abstract class PlanActionCommand implements Callable<Integer> {

    static class Selection {
        @Option(names = "--ids", split = ",", paramLabel = "ID", required = true, description = "Plan ids, comma separated.")
        List<Long> ids;

        @Option(names = "--file", paramLabel = "CSV", required = true, converter = Converters.InputFile.class,
                description = "CSV file with a plan_id column.")
        Path file;

        @Option(names = "--account", paramLabel = "NUMBER", required = true,
                description = "The account's plans that the action applies to.")
        String account;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Selection selection;

    @Mixin OrgOption org;

    @Option(names = "--date", paramLabel = "yyyy-MM-dd", description = "Effective date (default: today in billcycle.zone).")
    LocalDate date;

    @Option(names = "--reason", paramLabel = "TEXT", converter = Converters.Reason.class,
            description = "Why, for the plan's history (at most " + Converters.Reason.MAX + " characters).")
    String reason;

    @Spec
    CommandSpec spec;

    private final PlanActionService service;
    private final Organizations organizations;
    private final BusinessCalendar calendar;
    private final String actor;

    protected PlanActionCommand(PlanActionService service, Organizations organizations, BusinessCalendar calendar,
            Actor actor) {
        this.service = service;
        this.organizations = organizations;
        this.calendar = calendar;
        this.actor = actor.name();
    }

    protected abstract PlanAction action();

    @Override
    public Integer call() {
        Organization organization = organizations.resolve(org.code());
        PlanSelection plans = selection.account != null ? PlanSelection.account(selection.account)
                : selection.file != null ? PlanIdFile.read(selection.file) : PlanSelection.ids(selection.ids);
        PlanActionResult result = service.apply(action(), organization.id(), plans,
                calendar.orTodayFor(date, organization),
                reason != null ? reason : "operator " + action().name().toLowerCase(), actor);
        var out = spec.commandLine().getOut();
        out.printf("%s: %d plan(s) changed to %s%s%n", action().name().toLowerCase(), result.changed().size(),
                action().target(), ids(result.changed()));
        if (!result.unchanged().isEmpty()) {
            out.printf("unchanged, already %s: %d plan(s)%s%n", action().target(), result.unchanged().size(),
                    ids(result.unchanged()));
        }
        return ExitCodes.OK;
    }

    private static String ids(List<Long> ids) {
        if (ids.isEmpty()) {
            return "";
        }
        String shown = ids.stream().limit(50).map(String::valueOf).collect(Collectors.joining(", "));
        return " (" + shown + (ids.size() > 50 ? ", ..." : "") + ")";
    }

    @Command(name = "pause", mixinStandardHelpOptions = true,
            description = "ACTIVE -> PAUSED. No invoices for periods that come due while paused; takes effect for the next run.")
    public static class Pause extends PlanActionCommand {
        public Pause(PlanActionService service, Organizations organizations, BusinessCalendar calendar,
                Actor actor) {
            super(service, organizations, calendar, actor);
        }

        @Override
        protected PlanAction action() {
            return PlanAction.PAUSE;
        }
    }

    @Command(name = "resume", mixinStandardHelpOptions = true,
            description = "PAUSED -> ACTIVE. Billing continues with the first period starting on or after --date; periods "
                + "that started while paused are never billed. A plan that ended before --date cannot be resumed.")
    public static class Resume extends PlanActionCommand {
        public Resume(PlanActionService service, Organizations organizations, BusinessCalendar calendar,
                Actor actor) {
            super(service, organizations, calendar, actor);
        }

        @Override
        protected PlanAction action() {
            return PlanAction.RESUME;
        }
    }

    @Command(name = "void", mixinStandardHelpOptions = true,
            description = "Any status -> VOIDED (terminal). Invoices already issued stay as they are.")
    public static class Void extends PlanActionCommand {
        public Void(PlanActionService service, Organizations organizations, BusinessCalendar calendar,
                Actor actor) {
            super(service, organizations, calendar, actor);
        }

        @Override
        protected PlanAction action() {
            return PlanAction.VOID;
        }
    }
}
