package io.billcycle.accounts;

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
    List<HistoryLine> history(long accountId, LocalDate from, LocalDate to);
}
