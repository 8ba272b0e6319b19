package io.billcycle.financecharges;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A chunk's finance charges as parallel arrays, bound to one statement. */
public record FinanceChargeRows(Long[] accountIds, Long[] organizationIds, BigDecimal[] bases, BigDecimal[] charges,
        BigDecimal[] rates, LocalDate[] nextDates, String[] reasons) {

    record Row(AssessableAccount account, FinanceChargeRule.Assessment assessment) {
    }

    static FinanceChargeRows of(List<Row> rows) {
        int n = rows.size();
        FinanceChargeRows r = new FinanceChargeRows(new Long[n], new Long[n], new BigDecimal[n], new BigDecimal[n],
                new BigDecimal[n], new LocalDate[n], new String[n]);
        for (int i = 0; i < n; i++) {
            Row row = rows.get(i);
            r.accountIds[i] = row.account().id();
            r.organizationIds[i] = row.account().organizationId();
            r.bases[i] = row.assessment().base();
            r.charges[i] = row.assessment().charge();
            r.rates[i] = row.account().terms().annualRate();
            r.nextDates[i] = row.assessment().nextDate();
            r.reasons[i] = row.assessment().reason();
        }
        return r;
    }
}
