package io.billcycle.financecharges;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.annotations.Mapper;

/**
 * SQL of the finance charge job, in FinanceChargeMapper.xml beside this interface. {@code selectAssessableAccounts}
 * and {@code selectPostedCharges} are streamed by cursor readers through their statement ids.
 */
@Mapper
public interface FinanceChargeMapper {

    String SELECT_ASSESSABLE_ACCOUNTS = "io.billcycle.financecharges.FinanceChargeMapper.selectAssessableAccounts";
    String SELECT_POSTED_CHARGES = "io.billcycle.financecharges.FinanceChargeMapper.selectPostedCharges";

    /** How many accounts {@code selectAssessableAccounts} will stream, for the progress bar. */
    long countAssessableAccounts(Map<String, Object> run);

    /** The ids at {@code fractions} of the eligible accounts: where partitions cut ({@code IdRangePartitioner}). */
    List<Long> assessableAccountQuantiles(Map<String, Object> run);

    /**
     * Posts the charges: a FINANCE_CHARGE ledger entry each, a {@code finance_charges} row, and the account's finance
     * charge dates; an account already charged on that date is left alone. Returns how many were posted.
     */
    int postCharges(FinanceChargeRows rows, LocalDate date, long jobExecutionId);
}
