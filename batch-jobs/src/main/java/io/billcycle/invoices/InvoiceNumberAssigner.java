package io.billcycle.invoices;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

/**
 * Assigns invoice numbers to a batch of invoices of one or more organizations. Called inside the transaction that
 * inserts the invoices: each organization's counter is bumped once for the whole batch, and the counter row stays
 * locked until the transaction ends, so concurrent writers get disjoint blocks and a rollback returns the block.
 * Organizations are reserved in id order, so two writers that both span organizations A and B cannot deadlock.
 */
@Component
public class InvoiceNumberAssigner {

    private final InvoiceNumberMapper mapper;

    public InvoiceNumberAssigner(InvoiceNumberMapper mapper) {
        this.mapper = mapper;
    }

    /** Reserves {@code count} numbers for each organization id; hand them out with {@link Block#next}. */
    public Block reserve(Map<Long, Integer> countsByOrganization) {
        Map<Long, Cursor> cursors = new HashMap<>();
        new TreeMap<>(countsByOrganization).forEach((organizationId, count) -> {
            if (count < 1) {
                throw new IllegalArgumentException("cannot reserve " + count + " invoice numbers");
            }
            InvoiceNumberMapper.Reserved reserved = mapper.reserve(organizationId, count);
            cursors.put(organizationId, new Cursor(reserved.prefix(), reserved.lastNumber() - count + 1, reserved.lastNumber()));
        });
        return new Block(cursors);
    }

    /** The numbers reserved for one batch, handed out in ascending order per organization. */
    public static final class Block {
        private final Map<Long, Cursor> cursors;

        private Block(Map<Long, Cursor> cursors) {
            this.cursors = cursors;
        }

        public String next(long organizationId) {
            Cursor cursor = cursors.get(organizationId);
            if (cursor == null || cursor.next > cursor.last) {
                throw new IllegalStateException("no invoice number left in the block reserved for organization " + organizationId);
            }
            return InvoiceNumbers.format(cursor.prefix, cursor.next++);
        }
    }

    private static final class Cursor {
        private final String prefix;
        private long next;
        private final long last;

        private Cursor(String prefix, long next, long last) {
            this.prefix = prefix;
            this.next = next;
            this.last = last;
        }
    }
}
