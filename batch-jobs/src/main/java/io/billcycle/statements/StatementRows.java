package io.billcycle.statements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A chunk's statements as parallel arrays, bound to one statement. */
public record StatementRows(Long[] accountIds, Long[] organizationIds, BigDecimal[] previousBalances, BigDecimal[] charges,
        BigDecimal[] financeCharges, BigDecimal[] adjustments, BigDecimal[] payments, BigDecimal[] balances,
        BigDecimal[] pastDues, BigDecimal[] agingCurrent, BigDecimal[] aging1To30, BigDecimal[] aging31To60,
        BigDecimal[] aging61To90, BigDecimal[] aging91Plus, BigDecimal[] minimumDues, LocalDate[] dueDates,
        LocalDate[] periodStarts, Integer[] levels, String[] reasons,
        String[] messageLines, LocalDate[] nextDates, Boolean[] clearBillingMessages) {

    static StatementRows of(List<PlannedStatement> statements) {
        int n = statements.size();
        StatementRows r = new StatementRows(new Long[n], new Long[n], new BigDecimal[n], new BigDecimal[n],
                new BigDecimal[n], new BigDecimal[n], new BigDecimal[n], new BigDecimal[n], new BigDecimal[n],
                new BigDecimal[n], new BigDecimal[n], new BigDecimal[n], new BigDecimal[n], new BigDecimal[n],
                new BigDecimal[n], new LocalDate[n], new LocalDate[n], new Integer[n], new String[n], new String[n], new LocalDate[n], new Boolean[n]);
        for (int i = 0; i < n; i++) {
            PlannedStatement s = statements.get(i);
            r.accountIds[i] = s.account().id();
            r.organizationIds[i] = s.account().organizationId();
            r.previousBalances[i] = s.activity().previousBalance();
            r.charges[i] = s.activity().charges();
            r.financeCharges[i] = s.activity().financeCharges();
            r.adjustments[i] = s.activity().adjustments();
            r.payments[i] = s.activity().payments();
            r.balances[i] = s.position().balance();
            r.pastDues[i] = s.position().pastDue();
            r.agingCurrent[i] = s.position().agingCurrent();
            r.aging1To30[i] = s.position().aging1To30();
            r.aging31To60[i] = s.position().aging31To60();
            r.aging61To90[i] = s.position().aging61To90();
            r.aging91Plus[i] = s.position().aging91Plus();
            r.minimumDues[i] = s.minimumDue();
            r.dueDates[i] = s.dueDate();
            r.periodStarts[i] = s.account().lastStatementDate();
            r.levels[i] = s.dunning().level();
            r.reasons[i] = s.dunning().reason();
            r.messageLines[i] = s.lines().isEmpty() ? null : String.join("\n", s.lines());
            r.nextDates[i] = s.nextDate();
            r.clearBillingMessages[i] = s.messages().clearBillingMessage();
        }
        return r;
    }
}
