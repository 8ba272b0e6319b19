package io.billcycle.plans;

import java.time.LocalDate;
import java.util.Set;

/**
 * The bulk operator actions on plans and the rule of what each may do from each status. Pure: no clock, no database.
 */
public enum PlanAction {
    PAUSE(PlanStatus.PAUSED, Set.of(PlanStatus.ACTIVE)),
    RESUME(PlanStatus.ACTIVE, Set.of(PlanStatus.PAUSED)),
    VOID(PlanStatus.VOIDED, Set.of(PlanStatus.ACTIVE, PlanStatus.PAUSED, PlanStatus.INACTIVE));

    private final PlanStatus target;
    private final Set<PlanStatus> from;

    PlanAction(PlanStatus target, Set<PlanStatus> from) {
        this.target = target;
        this.from = from;
    }

    public PlanStatus target() {
        return target;
    }

    /** What the action does to a plan in {@code status} with {@code endDate}, taking effect on {@code effectiveDate}. */
    public Verdict judge(PlanStatus status, LocalDate endDate, LocalDate effectiveDate) {
        if (status == target) {
            return Verdict.unchanged();
        }
        if (!from.contains(status)) {
            return Verdict.refused("status " + status + " cannot be changed to " + target);
        }
        if (this == RESUME && endDate != null && endDate.isBefore(effectiveDate)) {
            return Verdict.refused("ended: end date " + endDate + " is before the resume date " + effectiveDate);
        }
        return Verdict.change();
    }

    /**
     * Where billing continues after a resume on {@code resumeDate}: the first period start on or after both the resume
     * date and the old next period start. Periods that started while paused are never billed.
     */
    public static LocalDate nextPeriodStartOnResume(BillingSchedule schedule, LocalDate oldNextPeriodStart,
            LocalDate resumeDate) {
        LocalDate from = resumeDate.isAfter(oldNextPeriodStart) ? resumeDate : oldNextPeriodStart;
        return schedule.periodStart(schedule.firstIndexOnOrAfter(from));
    }

    /** The outcome of judging one plan. */
    public record Verdict(Kind kind, String reason) {

        public enum Kind { CHANGE, UNCHANGED, REFUSED }

        static Verdict change() {
            return new Verdict(Kind.CHANGE, null);
        }

        static Verdict unchanged() {
            return new Verdict(Kind.UNCHANGED, null);
        }

        static Verdict refused(String reason) {
            return new Verdict(Kind.REFUSED, reason);
        }
    }
}
