package io.billcycle.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.billcycle.ledger.LedgerReference.Entry;
import io.billcycle.testsupport.JobTest;

/** The SQL ledger arithmetic on real PostgreSQL, by hand-computed cases and against the plain-Java reference. */
class LedgerPositionsTest extends JobTest {

    static final LocalDate D = LocalDate.parse("2024-03-31");

    @Autowired
    LedgerMapper ledger;

    long org;

    long account(String number) {
        if (org == 0) {
            org = fixtures.organization("ACME");
        }
        return fixtures.account(org, number);
    }

    /** Inserts an entry as it is (the ledger's own checks apply); returns its id. */
    long entry(long account, String entryDate, String kind, String amount, String dueDate) {
        Long invoice = null;
        if (kind.equals("CHARGE")) {
            invoice = jdbc.queryForObject("""
                    insert into invoices (organization_id, account_id, invoice_number, period_start, period_end, issue_date,
                                          due_date, amount, status, created_by)
                    values (?, ?, 'T-' || nextval('invoices_id_seq'), ?, ?, ?, ?, ?, 'OPEN', 'test') returning id""",
                    Long.class, org, account, LocalDate.parse(entryDate), LocalDate.parse(entryDate),
                    LocalDate.parse(entryDate), LocalDate.parse(dueDate), new BigDecimal(amount));
        }
        return jdbc.queryForObject("""
                insert into ledger_entries (account_id, entry_date, kind, amount, due_date, invoice_id, created_by)
                values (?, ?, ?, ?, ?, ?, 'test') returning id""", Long.class, account, LocalDate.parse(entryDate), kind,
                new BigDecimal(amount), LocalDate.parse(dueDate), invoice);
    }

    AccountPosition at(long account, int graceDays, String paymentsAfter) {
        return ledger.positions(new Long[] {account}, D, graceDays,
                paymentsAfter == null ? null : LocalDate.parse(paymentsAfter)).get(0);
    }

    @Test
    void aPartialPaymentPaysTheOldestDebitFirstAndTheRestAges() {
        long a = account("A-1");
        entry(a, "2023-12-01", "CHARGE", "100.00", "2023-12-15");    // 107 days past due at D
        entry(a, "2024-01-01", "CHARGE", "100.00", "2024-01-31");    // 60 days
        entry(a, "2024-03-01", "CHARGE", "100.00", "2024-03-01");    // 30 days
        entry(a, "2024-03-31", "FINANCE_CHARGE", "4.50", "2024-03-31"); // due today: current
        entry(a, "2024-03-20", "PAYMENT", "-150.00", "2024-03-20");
        entry(a, "2024-04-01", "PAYMENT", "-999.00", "2024-04-01");  // after D: not known yet

        AccountPosition p = at(a, 30, "2024-02-29");

        assertThat(p.balance()).isEqualByComparingTo("154.50");
        assertThat(p.aging91Plus()).isEqualByComparingTo("0.00");      // paid in full
        assertThat(p.aging31To60()).isEqualByComparingTo("50.00");     // half paid, 60 days
        assertThat(p.aging1To30()).isEqualByComparingTo("100.00");     // exactly 30 days
        assertThat(p.agingCurrent()).isEqualByComparingTo("4.50");
        assertThat(p.pastDue()).isEqualByComparingTo("150.00");
        assertThat(p.pastDueBeyondGrace()).isEqualByComparingTo("50.00"); // only the one more than 30 days past due
        assertThat(p.principalBeyondGrace()).isEqualByComparingTo("50.00");
        assertThat(p.payments()).isEqualByComparingTo("150.00");
        assertThat(p.unappliedCredit()).isEqualByComparingTo("0.00");
        assertThat(p.openDebits()).isEqualByComparingTo(p.balance());
    }

    @Test
    void financeChargesArePaidInTurnButNeverCountAsPrincipal() {
        long a = account("A-1");
        entry(a, "2024-01-01", "CHARGE", "100.00", "2024-01-01");          // 90 days
        entry(a, "2024-01-15", "FINANCE_CHARGE", "1.50", "2024-01-15");   // 76 days
        entry(a, "2024-02-01", "ADJUSTMENT", "20.00", "2024-02-01");      // 59 days
        entry(a, "2024-03-10", "PAYMENT", "-60.00", "2024-03-10");        // pays 60 of the charge

        AccountPosition p = at(a, 30, null);

        assertThat(p.pastDueBeyondGrace()).isEqualByComparingTo("61.50");
        assertThat(p.principalBeyondGrace()).isEqualByComparingTo("60.00");   // 40.00 + 20.00, not the 1.50
    }

    @Test
    void activityInAPeriodIsSplitByKindWithTheBalanceBefore() {
        long a = account("A-1");
        long quiet = account("A-2");
        entry(a, "2024-01-10", "ADJUSTMENT", "30.00", "2024-01-10");      // before the period
        entry(a, "2024-02-29", "PAYMENT", "-10.00", "2024-02-29");        // on the period's start: before
        entry(a, "2024-03-01", "CHARGE", "100.00", "2024-03-15");
        entry(a, "2024-03-05", "FINANCE_CHARGE", "1.50", "2024-03-05");
        entry(a, "2024-03-06", "ADJUSTMENT", "-4.00", "2024-03-06");
        entry(a, "2024-03-07", "ADJUSTMENT", "2.00", "2024-03-07");
        entry(a, "2024-03-20", "PAYMENT", "-50.00", "2024-03-20");
        entry(a, "2024-04-02", "PAYMENT", "-99.00", "2024-04-02");        // after D

        List<AccountActivity> activity = ledger.activity(new Long[] {a, quiet, a},
                new LocalDate[] {LocalDate.parse("2024-02-29"), null, null}, D);

        assertThat(activity).extracting(AccountActivity::accountId).containsExactly(a, quiet, a);
        AccountActivity month = activity.get(0);
        assertThat(month.previousBalance()).isEqualByComparingTo("20.00");
        assertThat(month.charges()).isEqualByComparingTo("100.00");
        assertThat(month.financeCharges()).isEqualByComparingTo("1.50");
        assertThat(month.adjustments()).isEqualByComparingTo("-2.00");
        assertThat(month.payments()).isEqualByComparingTo("50.00");
        assertThat(month.entries()).isEqualTo(5);
        assertThat(month.previousBalance().add(month.charges()).add(month.financeCharges()).add(month.adjustments())
                .subtract(month.payments())).isEqualByComparingTo(at(a, 0, null).balance());
        assertThat(activity.get(1).entries()).isZero();
        assertThat(activity.get(1).previousBalance()).isEqualByComparingTo("0.00");
        assertThat(activity.get(2).previousBalance()).isEqualByComparingTo("0.00");   // from the beginning
        assertThat(activity.get(2).entries()).isEqualTo(7);
    }

    @Test
    void anOverpaymentLeavesAnUnappliedCreditAndNothingOpen() {
        long a = account("A-1");
        entry(a, "2024-01-01", "CHARGE", "80.00", "2024-01-31");
        entry(a, "2024-02-01", "PAYMENT", "-100.00", "2024-02-01");
        entry(a, "2024-02-10", "ADJUSTMENT", "-5.00", "2024-02-10");   // a credit, but not a payment

        AccountPosition p = at(a, 0, null);

        assertThat(p.balance()).isEqualByComparingTo("-25.00");
        assertThat(p.unappliedCredit()).isEqualByComparingTo("25.00");
        assertThat(p.openDebits()).isEqualByComparingTo("0.00");
        assertThat(p.pastDue()).isEqualByComparingTo("0.00");
        assertThat(p.payments()).isEqualByComparingTo("100.00");
    }

    @Test
    void graceAndAgingBoundariesAreExact() {
        long a = account("A-1");
        for (String due : List.of("2024-03-31", "2024-03-30", "2024-03-01", "2024-02-29", "2024-01-31", "2024-01-30",
                "2024-01-01", "2023-12-31")) {   // 0, 1, 30, 31, 60, 61, 90, 91 days past due at D
            entry(a, "2023-12-01", "ADJUSTMENT", "1.00", due);
        }
        AccountPosition p = at(a, 30, null);
        assertThat(List.of(p.agingCurrent(), p.aging1To30(), p.aging31To60(), p.aging61To90(), p.aging91Plus()))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("1"), new BigDecimal("2"), new BigDecimal("2"), new BigDecimal("2"),
                        new BigDecimal("1"));
        assertThat(p.pastDue()).isEqualByComparingTo("7.00");
        assertThat(p.pastDueBeyondGrace()).isEqualByComparingTo("5.00");   // more than 30 days: 31, 60, 61, 90, 91
        assertThat(at(a, 0, null).pastDueBeyondGrace()).isEqualByComparingTo("7.00");
    }

    @Test
    void equalDueDatesArePaidInIdOrderAndAnAccountWithoutEntriesIsAllZero() {
        long a = account("A-1");
        long empty = account("A-2");
        entry(a, "2024-01-01", "ADJUSTMENT", "10.00", "2024-03-01");
        entry(a, "2024-01-02", "ADJUSTMENT", "20.00", "2024-03-01");
        entry(a, "2024-01-03", "ADJUSTMENT", "5.00", "2024-02-01");
        entry(a, "2024-03-05", "PAYMENT", "-12.00", "2024-03-05");   // pays the 5.00 (oldest due), then 7 of the 10.00

        List<AccountPosition> both = ledger.positions(new Long[] {empty, a}, D, 0, null);

        assertThat(both).extracting(AccountPosition::accountId).containsExactly(empty, a);
        assertThat(both.get(0).balance()).isEqualByComparingTo("0.00");
        assertThat(both.get(0).openDebits()).isEqualByComparingTo("0.00");
        assertThat(both.get(1).aging1To30()).isEqualByComparingTo("23.00");   // 3.00 of the first, all of the second
        assertThat(both.get(1).aging31To60()).isEqualByComparingTo("0.00");
    }

    /** Hundreds of generated ledgers, one chunk query, each account equal to the plain-Java reference. */
    @Test
    void theSqlAgreesWithTheReferenceOnGeneratedLedgers() {
        Random random = new Random(20240331);
        Map<Long, List<Entry>> ledgers = new HashMap<>();
        List<Long> accounts = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            long a = account("G-" + i);
            accounts.add(a);
            List<Entry> entries = new ArrayList<>();
            int n = random.nextInt(12);
            for (int k = 0; k < n; k++) {
                LocalDate entryDate = D.minusDays(random.nextInt(200) - 20);          // some after D
                String kind = switch (random.nextInt(5)) {
                    case 0, 1 -> "CHARGE";
                    case 2 -> "FINANCE_CHARGE";
                    case 3 -> "PAYMENT";
                    default -> "ADJUSTMENT";
                };
                BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(20_000), 2);
                if (kind.equals("PAYMENT") || (kind.equals("ADJUSTMENT") && random.nextBoolean())) {
                    amount = amount.negate();
                }
                LocalDate due = kind.equals("CHARGE") ? entryDate.plusDays(random.nextInt(4) * 15L) : entryDate;
                if (random.nextInt(6) == 0 && !entries.isEmpty()) {
                    due = entries.get(0).dueDate();                                  // equal due dates
                }
                long id = entry(a, entryDate.toString(), kind, amount.toPlainString(), due.toString());
                entries.add(new Entry(id, entryDate, kind, amount, due));
            }
            ledgers.put(a, entries);
        }
        int grace = 10;
        LocalDate after = D.minusDays(30);

        List<AccountPosition> sql = ledger.positions(accounts.toArray(Long[]::new), D, grace, after);

        assertThat(sql).hasSize(accounts.size());
        for (AccountPosition position : sql) {
            AccountPosition expected = LedgerReference.position(position.accountId(), ledgers.get(position.accountId()),
                    D, grace, after);
            assertThat(position).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                    .as("account %d: %s", position.accountId(), ledgers.get(position.accountId()))
                    .isEqualTo(expected);
        }
        assertThat(sql.stream().filter(p -> p.unappliedCredit().signum() > 0)).isNotEmpty();
        assertThat(sql.stream().filter(p -> p.aging91Plus().signum() > 0)).isNotEmpty();
        assertThat(sql.stream().filter(p -> p.agingCurrent().signum() > 0 && p.pastDue().signum() > 0)).isNotEmpty();
    }
}
