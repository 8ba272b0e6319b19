package io.billcycle.collections;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.annotations.Mapper;

/**
 * SQL of the collection-roster job, in CollectionRosterMapper.xml beside this interface. {@code selectAccounts} and
 * {@code selectRosterRows} are streamed by cursor readers through their statement ids.
 */
@Mapper
public interface CollectionRosterMapper {

    String SELECT_ACCOUNTS = "io.billcycle.collections.CollectionRosterMapper.selectAccounts";
    String SELECT_ROSTER_ROWS = "io.billcycle.collections.CollectionRosterMapper.selectRosterRows";

    long countAccounts(Map<String, Object> run);

    /** The ids at {@code fractions} of the accounts the step reads: where partitions cut. */
    List<Long> accountQuantiles(Map<String, Object> run);

    /** Every status of the organizations in the run's scope that moves on: code, days to remain, next status. */
    List<StatusTransfer> selectTransfers(Map<String, Object> run);

    /** Moves plans whose installments were met on, unless an operator changed them since they were read. */
    int advancePlans(PlanProgressRows rows);

    /**
     * Appends the roster rows and applies their account and plan status changes; an account that already has a roster
     * row for the date is left alone. Returns how many accounts changed.
     */
    int recordChanges(RosterRows rows, LocalDate date, long jobExecutionId);

    record StatusTransfer(long organizationId, String code, int daysToRemain, String nextStatus) {
    }
}
