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

    /** Locks the chunk's plans and returns their current state, to skip any an operator changed meanwhile. */
    List<LockedPlan> lockPlans(Long[] planIds);

    /** Hands out {@code count} invoice numbers of the organization; returns the last one and the prefix. */
    NumberBlock reserveInvoiceNumbers(long organizationId, int count);

    /** Inserts the invoices and one CHARGE ledger entry for each; a period already invoiced is left alone. */
    int insertInvoicesWithCharges(InvoiceRows rows, LocalDate issueDate, long jobExecutionId);

    int advancePlans(Long[] planIds, LocalDate[] nextPeriodStarts);

    int recordParkings(Long[] planIds, Long[] periodsDue, LocalDate businessDate, long jobExecutionId);

    /** Active or paused plans whose end date is before {@code date} become INACTIVE, except those parked on it. */
    int deactivateEndedPlans(LocalDate date, String org);

    List<ExportTarget> selectExportTargets(String org);

    long countIssuedInvoices(LocalDate date, String org);

    record LockedPlan(long id, String status, LocalDate nextPeriodStart) {
    }

    record NumberBlock(String prefix, long lastNumber) {
    }
}
