package io.billcycle.plans;

import java.util.List;

/**
 * Which plans a bulk action names: explicit ids (from {@code --ids} or a CSV file), or every plan of an account that
 * the action applies to.
 */
public record PlanSelection(List<Long> ids, String accountNumber) {

    public static PlanSelection ids(List<Long> ids) {
        return new PlanSelection(List.copyOf(ids), null);
    }

    public static PlanSelection account(String accountNumber) {
        return new PlanSelection(null, accountNumber);
    }
}
