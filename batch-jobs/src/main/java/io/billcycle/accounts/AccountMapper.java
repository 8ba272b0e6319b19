package io.billcycle.accounts;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;

/** Account settings and their history of statements; the SQL is in AccountMapper.xml beside this interface. */
@Mapper
public interface AccountMapper {

    AccountView find(long organizationId, String accountNumber);

    List<StatementLine> lastStatements(long accountId, int limit);

    int suspendStatements(long accountId);

    /** One line of the account's action history ({@code account_actions}). */
    int recordAction(long accountId, String action, String detail, String actedBy);

    int unsuspendContinue(long accountId);

    int unsuspendRestartCycle(long accountId, LocalDate nextStatementDate);

    int setReturnedMail(long accountId);

    int updateAddress(long accountId, String line1, String line2, String city, String region, String postalCode);

    int setBillingMessage(long accountId, String text, boolean recurring);

    int setOverrideMessage(long accountId, String text);

    int clearMessages(long accountId);
}
