package io.billcycle.plans;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.cursor.Cursor;

/** Plan rows for operator actions and listings. */
@Mapper
public interface BillingPlanMapper {

    /** The plans with these ids, in any organization, locked for the action. */
    List<PlanRow> lockPlansById(Long[] ids);

    /** The account's plans in the given statuses, locked for the action. */
    List<PlanRow> lockPlansOfAccount(long organizationId, String accountNumber, String[] statuses);

    boolean accountExists(long organizationId, String accountNumber);

    /** Sets the status (and, where given, the next period start) of each plan and writes its history row. */
    int changeStatuses(Long[] ids, String[] fromStatuses, LocalDate[] nextPeriodStarts, String toStatus,
            LocalDate effectiveDate, String reason, String actor);

    Cursor<PlanRow> streamPlans(long organizationId, String status, String accountNumber, LocalDate parkedOn, int limit);
}
