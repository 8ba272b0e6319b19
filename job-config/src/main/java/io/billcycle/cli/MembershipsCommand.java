package io.billcycle.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.billcycle.batch.Actor;
import io.billcycle.memberships.MembershipActions;
import io.billcycle.organizations.Organization;
import io.billcycle.organizations.Organizations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Verb(order = 270)
@Command(name = "memberships", mixinStandardHelpOptions = true,
        description = "Staff actions on prepaid memberships: freeze, thaw, override an end date, set a status by hand "
                + "(prepaid members cannot freeze or thaw themselves).",
        subcommands = {MembershipsCommand.Freeze.class, MembershipsCommand.Thaw.class, MembershipsCommand.OverrideEndDate.class,
                MembershipsCommand.SetStatus.class})
public class MembershipsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "freeze", mixinStandardHelpOptions = true,
            description = "Freeze a contract (contract-level plans) or the enrollments named (enrollment-level plans) from "
                    + "--start; with --end, the freeze-expiry job thaws it on that date.")
    public static class Freeze implements Callable<Integer> {
        @Mixin OrgOption org;
        @Option(names = "--contract", required = true, paramLabel = "ID") long contract;
        @Option(names = "--enrollment", paramLabel = "ID", split = ",", description = "Enrollments to freeze (enrollment-level plans).")
        List<Long> enrollments = new ArrayList<>();
        @Option(names = "--start", required = true, paramLabel = "yyyy-MM-dd") LocalDate start;
        @Option(names = "--end", paramLabel = "yyyy-MM-dd") LocalDate end;
        @Option(names = "--reason", paramLabel = "TEXT", converter = Converters.Reason.class) String reason;

        @Spec
        CommandSpec spec;

        private final MembershipActions actions;
        private final Organizations organizations;
        private final String actor;

        public Freeze(MembershipActions actions, Organizations organizations, Actor actor) {
            this.actions = actions;
            this.organizations = organizations;
            this.actor = actor.name();
        }

        @Override
        public Integer call() {
            int frozen = actions.freeze(organizations.resolve(org.code()), contract, enrollments, start, end, reason, actor);
            spec.commandLine().getOut().printf("contract %d: %d enrollment(s) frozen from %s%s%n", contract, frozen, start,
                    end == null ? "" : " to " + end);
            return ExitCodes.OK;
        }
    }

    @Command(name = "thaw", mixinStandardHelpOptions = true,
            description = "Thaw on --date: the contract and every enrollee's end move later by the days frozen (the "
                    + "longest, when several thaw at once), and the fee (ceil(days / 30) months) is invoiced to the "
                    + "holder. --dry-run prints the new dates and the fee and changes nothing.")
    public static class Thaw implements Callable<Integer> {
        @Mixin OrgOption org;
        @Option(names = "--contract", required = true, paramLabel = "ID") long contract;
        @Option(names = "--enrollment", paramLabel = "ID", split = ",", description = "Enrollments to thaw (default: every frozen one).")
        List<Long> enrollments = new ArrayList<>();
        @Option(names = "--date", required = true, paramLabel = "yyyy-MM-dd") LocalDate date;
        @Option(names = "--dry-run", description = "Print what the thaw would do; change nothing.") boolean dryRun;

        @Spec
        CommandSpec spec;

        private final MembershipActions actions;
        private final Organizations organizations;
        private final String actor;

        public Thaw(MembershipActions actions, Organizations organizations, Actor actor) {
            this.actions = actions;
            this.organizations = organizations;
            this.actor = actor.name();
        }

        @Override
        public Integer call() {
            Organization organization = organizations.resolve(org.code());
            MembershipActions.ThawResult r = actions.thaw(organization, contract, enrollments, date, actor, dryRun);
            var out = spec.commandLine().getOut();
            out.printf("%scontract %d: %d enrollment(s) thawed on %s after %d day(s) frozen; contract ends %s%n",
                    dryRun ? "dry run, nothing changed: " : "", contract, r.thawed(), date, r.thaw().days(),
                    r.contractEnd() == null ? "-" : r.contractEnd().toLocalDate());
            r.enrolleeEnds().forEach((id, end) -> out.printf("  enrollment %d ends %s%n", id, end == null ? "-" : end));
            out.printf("  freeze fee %s for %d month(s)%s%n", r.thaw().fee(), r.thaw().months(),
                    r.invoiceNumber() == null ? "" : (dryRun ? ", to be invoiced as " : ", invoiced as ") + r.invoiceNumber());
            return ExitCodes.OK;
        }
    }

    @Command(name = "override-end-date", mixinStandardHelpOptions = true,
            description = "Set the contract's end and every enrollee's to --date by hand; nothing else moves.")
    public static class OverrideEndDate implements Callable<Integer> {
        @Mixin OrgOption org;
        @Option(names = "--contract", required = true, paramLabel = "ID") long contract;
        @Option(names = "--date", required = true, paramLabel = "yyyy-MM-dd") LocalDate date;

        @Spec
        CommandSpec spec;

        private final MembershipActions actions;
        private final Organizations organizations;

        public OverrideEndDate(MembershipActions actions, Organizations organizations) {
            this.actions = actions;
            this.organizations = organizations;
        }

        @Override
        public Integer call() {
            actions.overrideEndDate(organizations.resolve(org.code()), contract, date);
            spec.commandLine().getOut().printf("contract %d: ends %s%n", contract, date);
            return ExitCodes.OK;
        }
    }

    @Command(name = "set-status", mixinStandardHelpOptions = true,
            description = "Set an enrollment's status by hand (ACTIVE, FROZEN, PENDING, TERMINATED) from --date; it never "
                    + "extends the contract, and leaving FROZEN this way charges no fee.")
    public static class SetStatus implements Callable<Integer> {
        @Mixin OrgOption org;
        @Option(names = "--enrollment", required = true, paramLabel = "ID") long enrollment;
        @Option(names = "--status", required = true, paramLabel = "STATUS") String status;
        @Option(names = "--date", required = true, paramLabel = "yyyy-MM-dd") LocalDate date;

        @Spec
        CommandSpec spec;

        private final MembershipActions actions;
        private final Organizations organizations;
        private final String actor;

        public SetStatus(MembershipActions actions, Organizations organizations, Actor actor) {
            this.actions = actions;
            this.organizations = organizations;
            this.actor = actor.name();
        }

        @Override
        public Integer call() {
            actions.setStatus(organizations.resolve(org.code()), enrollment, status, date, actor);
            spec.commandLine().getOut().printf("enrollment %d: %s from %s%n", enrollment, status.toUpperCase(java.util.Locale.ROOT), date);
            return ExitCodes.OK;
        }
    }
}
