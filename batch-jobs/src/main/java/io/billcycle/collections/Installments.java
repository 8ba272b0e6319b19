package io.billcycle.collections;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The installments of an active payment plan that fall due before business date D, oldest first, each with the window
 * of payments that meets it: {@code (N - payment_days, N]} for an installment due at N, except the plan's first
 * installment (none met yet), which counts every payment from the plan's start date through N. An installment due on D
 * itself is not checked yet: the payer has until the end of that day.
 */
public final class Installments {

    private Installments() {
    }

    /** One installment and the payments window that meets it: payments dated after {@code after}, through {@code dueOn}. */
    public record Window(LocalDate after, LocalDate dueOn) {
    }

    public static List<Window> due(PaymentPlan plan, LocalDate date) {
        List<Window> windows = new ArrayList<>();
        boolean first = plan.lastPaymentDate() == null;
        for (LocalDate n = plan.nextPaymentDate(); n.isBefore(date); n = n.plusDays(plan.paymentDays())) {
            windows.add(new Window(first ? plan.startDate().minusDays(1) : n.minusDays(plan.paymentDays()), n));
            first = false;
        }
        return windows;
    }
}
