package io.billcycle.invoicing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.annotations.Mapper;

/**
 * SQL of the invoicing job, in InvoiceGenerationMapper.xml beside this interface. {@code selectDuePlans} and
 * {@code selectIssuedInvoices} are streamed by cursor readers through their statement ids; the statements that take a
 * {@code run} map get the run's date, organization and id range ({@code BusinessRun.sqlParameters}); the writer's
 * statements take a whole chunk as arrays.
 */
@Mapper
public interface InvoiceGenerationMapper {

    String SELECT_DUE_PLANS = "io.billcycle.invoicing.InvoiceGenerationMapper.selectDuePlans";
    String SELECT_ISSUED_INVOICES = "io.billcycle.invoicing.InvoiceGenerationMapper.selectIssuedInvoices";

    /** How many plans {@code selectDuePlans} will stream, for the progress bar. */
    long countDuePlans(Map<String, Object> run);

    /** The ids at {@code fractions} of the due plans: where the invoicing's partitions cut. */
    List<Long> duePlanQuantiles(Map<String, Object> run);

    /** Inserts the invoices as drafts (no number, no ledger entry); a period already invoiced is left alone. */
    int insertDraftInvoices(InvoiceRows rows, LocalDate issueDate, long jobExecutionId);

    /**
     * Numbers the organization's drafts in (plan, period) order and posts their CHARGE entries, in one statement;
     * returns how many it issued.
     */
    long numberDrafts(long organizationId, long jobExecutionId);

    /**
     * Moves plans to their next period start where they are still ACTIVE at the start that was read; returns the ids
     * of the plans moved (and locked until the chunk commits).
     */
    List<Long> advancePlans(Long[] planIds, LocalDate[] readPeriodStarts, LocalDate[] nextPeriodStarts);

    /** Records the parked plans that are still as read and not yet parked on that date; returns how many. */
    int recordParkings(Long[] planIds, LocalDate[] readPeriodStarts, Long[] periodsDue, LocalDate businessDate,
            long jobExecutionId);

    /** Active or paused plans whose end date is before the run's date become INACTIVE, except those parked on it. */
    int deactivateEndedPlans(Map<String, Object> run);

    /** The plans {@code deactivateEndedPlans} would change, for the preview. */
    List<EndedPlan> selectEndedPlans(Map<String, Object> run);

    record EndedPlan(long id, long accountId, String status, LocalDate endDate) {
    }
}
