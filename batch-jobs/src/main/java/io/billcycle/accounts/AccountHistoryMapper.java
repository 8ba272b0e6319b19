package io.billcycle.accounts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;

/** An account's whole story in one query; the SQL is in AccountHistoryMapper.xml beside this interface. */
@Mapper
public interface AccountHistoryMapper {

    /**
     * Everything that happened to the account between {@code from} and {@code to} (both included, either null for no
     * bound), oldest first; on one day in the order things happen in a cycle.
     */
    List<Line> history(long accountId, LocalDate from, LocalDate to);

    /**
     * One event: its day, what it was, what it refers to (an invoice number, a payment's reference, a plan), its
     * amount if it has one, the reason billcycle recorded, and who or which job did it.
     */
    record Line(LocalDate date, String what, String reference, BigDecimal amount, String detail, String by) {
    }
}
