package io.billcycle.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import io.billcycle.testsupport.JobTest;

/** Invoice numbers on the real counters: blocks per organization, never reused, returned by a rollback. */
class InvoiceNumberAssignerTest extends JobTest {

    @Autowired
    InvoiceNumberAssigner numbers;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void eachOrganizationGetsItsOwnAscendingBlockWithItsPrefix() {
        long acme = fixtures.organization("ACME");
        long club = fixtures.organization("CLUB");
        jdbc.update("update organizations set invoice_number_prefix = 'CL-' where id = ?", club);

        List<String> handedOut = transactions.execute(tx -> {
            InvoiceNumberAssigner.Block block = numbers.reserve(Map.of(club, 2, acme, 3));
            return List.of(block.next(acme), block.next(club), block.next(acme), block.next(acme), block.next(club));
        });

        assertThat(handedOut).containsExactly("INV-00000001", "CL-00000001", "INV-00000002", "INV-00000003", "CL-00000002");
        assertThat(jdbc.queryForList("select organization_id || ':' || last_number from invoice_number_counters order by 1",
                String.class)).containsExactlyInAnyOrder(acme + ":3", club + ":2");
    }

    @Test
    void twoReservationsInOneTransactionNeverOverlap() {
        long acme = fixtures.organization("ACME");
        List<String> firsts = transactions.execute(tx -> List.of(numbers.reserve(Map.of(acme, 5)).next(acme),
                numbers.reserve(Map.of(acme, 5)).next(acme)));
        assertThat(firsts).containsExactly("INV-00000001", "INV-00000006");
    }

    @Test
    void aRolledBackReservationGivesItsNumbersBack() {
        long acme = fixtures.organization("ACME");
        transactions.executeWithoutResult(tx -> {
            numbers.reserve(Map.of(acme, 7));
            tx.setRollbackOnly();
        });
        String next = transactions.execute(tx -> numbers.reserve(Map.of(acme, 1)).next(acme));
        assertThat(next).isEqualTo("INV-00000001");
    }

    @Test
    void aBlockHandsOutNoMoreThanWasReservedAndOnlyForItsOrganizations() {
        long acme = fixtures.organization("ACME");
        long club = fixtures.organization("CLUB");
        List<String> problems = new ArrayList<>();
        transactions.executeWithoutResult(tx -> {
            InvoiceNumberAssigner.Block block = numbers.reserve(Map.of(acme, 1));
            block.next(acme);
            try {
                block.next(acme);
            } catch (IllegalStateException e) {
                problems.add(e.getMessage());
            }
            try {
                block.next(club);
            } catch (IllegalStateException e) {
                problems.add(e.getMessage());
            }
        });
        assertThat(problems).hasSize(2).allSatisfy(p -> assertThat(p).startsWith("no invoice number left"));
        assertThatThrownBy(() -> transactions.execute(tx -> numbers.reserve(Map.of(acme, 0))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void numbersArePrefixedAndZeroPadded() {
        assertThat(InvoiceNumbers.format("INV-", 1)).isEqualTo("INV-00000001");
        assertThat(InvoiceNumbers.format("", 99_999_999)).isEqualTo("99999999");
        assertThat(InvoiceNumbers.format("X", 123_456_789)).isEqualTo("X123456789");
        assertThatThrownBy(() -> InvoiceNumbers.format("INV-", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
