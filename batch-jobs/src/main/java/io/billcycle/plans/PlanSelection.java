package io.billcycle.plans;

import java.util.List;

/**
 * Which plans a bulk action names: explicit ids (from {@code --ids} or a CSV file), or every plan of an account that
 * the action applies to; with the problems found reading the file, so that they are reported together with what the
 * action finds wrong with the ids (an unknown id, a plan it cannot change): every problem in one answer.
 */
public record PlanSelection(List<Long> ids, String accountNumber, List<String> inputProblems) {

    public static PlanSelection ids(List<Long> ids) {
        return ids(ids, List.of());
    }

    public static PlanSelection ids(List<Long> ids, List<String> inputProblems) {
        return new PlanSelection(List.copyOf(ids), null, List.copyOf(inputProblems));
    }

    public static PlanSelection account(String accountNumber) {
        return new PlanSelection(null, accountNumber, List.of());
    }
}
