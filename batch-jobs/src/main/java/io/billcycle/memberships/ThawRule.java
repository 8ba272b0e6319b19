package io.billcycle.memberships;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What a thaw on date T does to a contract: the days frozen are T minus the freeze start, the longest of them when one
 * thaw covers enrollments frozen on different dates; the contract's end and every enrollee's calculated end move later
 * by that many days. The fee is {@code ceil(days / 30)} months times the plan's fee: per thawed enrollment, or one per
 * contract. A thaw on the freeze's own day extends nothing and costs nothing.
 */
public final class ThawRule {

    private ThawRule() {
    }

    /** The plan's freeze fee: per frozen enrollment and month, or per contract and month (at most one is set). */
    public record Fee(BigDecimal perEnrollment, BigDecimal perContract) {
    }

    public record Thaw(long days, long months, BigDecimal fee) {
    }

    public static Thaw of(List<LocalDate> freezeStarts, LocalDate thawDate, Fee fee, int thawedEnrollments) {
        if (freezeStarts.isEmpty()) {
            throw new IllegalArgumentException("nothing to thaw");
        }
        long days = 0;
        for (LocalDate start : freezeStarts) {
            if (thawDate.isBefore(start)) {
                throw new IllegalArgumentException("the thaw date " + thawDate + " is before the freeze start " + start);
            }
            days = Math.max(days, ChronoUnit.DAYS.between(start, thawDate));
        }
        long months = (days + 29) / 30;
        BigDecimal monthly = fee.perEnrollment() != null ? fee.perEnrollment().multiply(BigDecimal.valueOf(thawedEnrollments))
                : fee.perContract() != null ? fee.perContract() : BigDecimal.ZERO;
        return new Thaw(days, months, monthly.multiply(BigDecimal.valueOf(months)).setScale(2));
    }

    /**
     * The freeze fee invoice's number: {@code FRZ-<contract>-<first freeze id>}. The smallest id of the freezes a thaw
     * ends makes it the thaw's business key, whether staff thaw early or {@code freeze-expiry} thaws on the end date,
     * so one thaw is never billed twice.
     */
    public static String invoiceNumber(long contractId, long firstFreezeId) {
        return "FRZ-" + contractId + "-" + firstFreezeId;
    }
}
