package io.billcycle.invoicing;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;

import io.billcycle.export.ExportTarget;

/**
 * SQL of the invoicing job. {@code selectDuePlans} and {@code selectIssuedInvoices} are streamed by cursor readers
 * through their statement ids; the rest take a whole chunk as arrays.
 */
@Mapper
public interface InvoiceGenerationMapper {

    String SELECT_DUE_PLANS = "io.billcycle.invoicing.InvoiceGenerationMapper.selectDuePlans";
    String SELECT_ISSUED_INVOICES = "io.billcycle.invoicing.InvoiceGenerationMapper.selectIssuedInvoices";

    long countDuePlans(LocalDate date, String org);

    /** Hands out {@code count} invoice numbers of the organization; returns the last one and the prefix. */
    NumberBlock reserveInvoiceNumbers(long organizationId, int count);

    /** Inserts the invoices and one CHARGE ledger entry for each; a period already invoiced is left alone. */
    int insertInvoicesWithCharges(InvoiceRows rows, LocalDate issueDate, long jobExecutionId);

    /**
     * Moves plans to their next period start where they are still ACTIVE at the start that was read; returns the ids
     * of the plans moved (and locked until the chunk commits).
     */
    List<Long> advancePlans(Long[] planIds, LocalDate[] readPeriodStarts, LocalDate[] nextPeriodStarts);

    /** Records the parked plans that are still as read; returns how many. */
    int recordParkings(Long[] planIds, LocalDate[] readPeriodStarts, Long[] periodsDue, LocalDate businessDate,
            long jobExecutionId);

    /** Active or paused plans whose end date is before {@code date} become INACTIVE, except those parked on it. */
    int deactivateEndedPlans(LocalDate date, String org);

    List<ExportTarget> selectExportTargets(String org);

    long countIssuedInvoices(LocalDate date, String org);

    record NumberBlock(String prefix, long lastNumber) {
    }
}
