package io.billcycle.statements;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.annotations.Mapper;

/**
 * SQL of the statement job, in StatementMapper.xml beside this interface. {@code selectDueAccounts} and
 * {@code selectPrintRows} are streamed by cursor readers through their statement ids.
 */
@Mapper
public interface StatementMapper {

    String SELECT_DUE_ACCOUNTS = "io.billcycle.statements.StatementMapper.selectDueAccounts";
    String SELECT_PRINT_ROWS = "io.billcycle.statements.StatementMapper.selectPrintRows";

    long countDueAccounts(Map<String, Object> run);

    /** The ids at {@code fractions} of the accounts the step reads: where partitions cut. */
    List<Long> dueAccountQuantiles(Map<String, Object> run);

    /** The dunning levels of the organizations in the run's scope. */
    List<DunningLevel> selectDunningLevels(Map<String, Object> run);

    /**
     * Inserts the statements and moves their accounts on (level, statement dates, a one-time billing message
     * cleared); an account that already has a statement on the date is left alone. Returns how many were written.
     */
    int insertStatements(StatementRows rows, LocalDate date, long jobExecutionId);

    record DunningLevel(long organizationId, int level, String message) {
    }
}
