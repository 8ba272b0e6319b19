package io.billcycle.statements.print;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.annotations.Mapper;

/**
 * SQL of printed statements, in StatementPrintMapper.xml beside this interface. The job streams
 * {@link #SELECT_PRINTED_STATEMENTS} through a cursor reader; a reprint asks for one statement through the same query.
 */
@Mapper
public interface StatementPrintMapper {

    String SELECT_PRINTED_STATEMENTS = "io.billcycle.statements.print.StatementPrintMapper.selectPrintedStatements";

    /** The statements of the run's date for the organizations that print them, organization and account order. */
    List<PrintedStatement> selectPrintedStatements(Map<String, Object> run);

    /** How many statements each organization that prints has on the run's date. */
    List<OrganizationCount> countPrintedStatements(Map<String, Object> run);

    /** One account's statement of {@code date} (empty when it had none), whether or not its organization prints. */
    List<PrintedStatement> selectPrintedStatement(String org, String account, LocalDate date);

    record OrganizationCount(String organization, long statements) {
    }
}
