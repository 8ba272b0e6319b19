package io.billcycle.collections;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A chunk's plan progress as parallel arrays, bound to one statement. */
public record PlanProgressRows(Long[] planIds, LocalDate[] readNextDates, LocalDate[] nextDates,
        LocalDate[] lastPaymentDates, BigDecimal[] lastPaymentAmounts) {

    static PlanProgressRows of(List<CollectionRosterWriter.Evaluated> evaluated) {
        List<CollectionRosterWriter.Evaluated> moved = evaluated.stream().filter(e -> e.decision().progress() != null).toList();
        int n = moved.size();
        PlanProgressRows r = new PlanProgressRows(new Long[n], new LocalDate[n], new LocalDate[n], new LocalDate[n],
                new BigDecimal[n]);
        for (int i = 0; i < n; i++) {
            RosterAccount a = moved.get(i).account();
            CollectionRule.Progress p = moved.get(i).decision().progress();
            r.planIds[i] = a.planId();
            r.readNextDates[i] = a.planNextPaymentDate();
            r.nextDates[i] = p.nextPaymentDate();
            r.lastPaymentDates[i] = p.lastPaymentDate();
            r.lastPaymentAmounts[i] = p.lastPaymentAmount();
        }
        return r;
    }

    boolean isEmpty() {
        return planIds.length == 0;
    }
}
