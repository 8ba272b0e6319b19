package io.billcycle.plans;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.function.Consumer;

import org.apache.ibatis.cursor.Cursor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Billing plans as {@code plans list} shows them, streamed: a large listing never sits in memory. */
@Service
public class PlanListing {

    private final BillingPlanMapper plans;

    public PlanListing(BillingPlanMapper plans) {
        this.plans = plans;
    }

    /**
     * Hands each plan that matches to {@code each}, in id order; a null filter matches everything, a limit of 0 means no limit.
     * The cursor streams inside this read-only transaction.
     */
    @Transactional(readOnly = true)
    public void forEach(long organizationId, PlanStatus status, String accountNumber, LocalDate parkedOn, int limit,
            Consumer<PlanRow> each) {
        try (Cursor<PlanRow> rows = plans.streamPlans(organizationId, status == null ? null : status.name(),
                accountNumber, parkedOn, Math.max(limit, 0))) {
            rows.forEach(each);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
