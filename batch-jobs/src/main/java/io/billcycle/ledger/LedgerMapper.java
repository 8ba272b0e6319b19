package io.billcycle.ledger;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;

/** The ledger arithmetic in SQL; the statement is in LedgerMapper.xml beside this interface. */
@Mapper
public interface LedgerMapper {

    /**
     * The positions of a chunk of accounts at {@code date}, one row per account id given (all zero for an account
     * without entries), in the order of the ids.
     *
     * @param graceDays     g of {@code past_due(D, g)}
     * @param paymentsAfter A of {@code payments(A, D]}; null counts every payment up to D
     */
    List<AccountPosition> positions(Long[] accountIds, LocalDate date, int graceDays, LocalDate paymentsAfter);

    /**
     * Each account's activity in (since, date], {@code since[i]} belonging to {@code accountIds[i]} (null: from the
     * beginning), one row per account id given, in their order.
     */
    List<AccountActivity> activity(Long[] accountIds, LocalDate[] since, LocalDate date);

    /**
     * {@code payments(after[i], through[i]]} of {@code accountIds[i]} for every window given, one row per window in
     * their order: what a payment plan's installments are checked against.
     */
    List<WindowPayments> payments(Long[] accountIds, LocalDate[] after, LocalDate[] through);
}
