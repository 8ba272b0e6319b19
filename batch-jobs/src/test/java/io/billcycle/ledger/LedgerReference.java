package io.billcycle.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * The conventions' ledger arithmetic written the plain way, entry by entry, as the yardstick for the SQL: credits
 * dated on or before D pay debits dated on or before D in (due date, id) order; what is left of each debit is open.
 */
final class LedgerReference {

    record Entry(long id, LocalDate entryDate, String kind, BigDecimal amount, LocalDate dueDate) {
    }

    private LedgerReference() {
    }

    static AccountPosition position(long accountId, List<Entry> ledger, LocalDate date, int graceDays, LocalDate paymentsAfter) {
        List<Entry> known = ledger.stream().filter(e -> !e.entryDate().isAfter(date)).toList();
        BigDecimal zero = new BigDecimal("0.00");
        BigDecimal balance = zero;
        BigDecimal credits = zero;
        BigDecimal debits = zero;
        BigDecimal payments = zero;
        for (Entry e : known) {
            balance = balance.add(e.amount());
            if (e.amount().signum() < 0) {
                credits = credits.subtract(e.amount());
            } else {
                debits = debits.add(e.amount());
            }
            if (e.kind().equals("PAYMENT") && (paymentsAfter == null || e.entryDate().isAfter(paymentsAfter))) {
                payments = payments.subtract(e.amount());
            }
        }
        BigDecimal left = credits;
        BigDecimal[] buckets = {zero, zero, zero, zero, zero};
        BigDecimal pastDue = zero;
        BigDecimal beyondGrace = zero;
        BigDecimal principal = zero;
        List<Entry> oldestFirst = known.stream().filter(e -> e.amount().signum() > 0)
                .sorted(Comparator.comparing(Entry::dueDate).thenComparing(Entry::id)).toList();
        for (Entry debit : oldestFirst) {
            BigDecimal paid = left.min(debit.amount());
            left = left.subtract(paid);
            BigDecimal open = debit.amount().subtract(paid);
            long days = ChronoUnit.DAYS.between(debit.dueDate(), date);
            int bucket = days <= 0 ? 0 : days <= 30 ? 1 : days <= 60 ? 2 : days <= 90 ? 3 : 4;
            buckets[bucket] = buckets[bucket].add(open);
            if (days > 0) {
                pastDue = pastDue.add(open);
            }
            if (days > graceDays) {
                beyondGrace = beyondGrace.add(open);
                if (!debit.kind().equals("FINANCE_CHARGE")) {
                    principal = principal.add(open);
                }
            }
        }
        return new AccountPosition(accountId, balance, pastDue, beyondGrace, principal, buckets[0], buckets[1], buckets[2],
                buckets[3], buckets[4], credits.subtract(debits).max(zero), payments);
    }
}
