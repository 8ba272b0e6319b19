package io.billcycle.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Payments to post as parallel arrays, bound to one statement. */
public record PaymentRows(Long[] organizationIds, Long[] accountIds, LocalDate[] paymentDates, BigDecimal[] amounts,
        String[] references, String[] methods) {

    record Row(long organizationId, long accountId, PaymentRowCheck.Payment payment) {
    }

    static PaymentRows of(List<Row> rows) {
        int n = rows.size();
        PaymentRows r = new PaymentRows(new Long[n], new Long[n], new LocalDate[n], new BigDecimal[n], new String[n],
                new String[n]);
        for (int i = 0; i < n; i++) {
            Row row = rows.get(i);
            r.organizationIds[i] = row.organizationId();
            r.accountIds[i] = row.accountId();
            r.paymentDates[i] = row.payment().paymentDate();
            r.amounts[i] = row.payment().amount();
            r.references[i] = row.payment().reference();
            r.methods[i] = row.payment().method();
        }
        return r;
    }
}
