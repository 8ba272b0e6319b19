package io.billcycle.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.billcycle.batch.ActionRefusedException;
import io.billcycle.batch.UsageException;

/**
 * Applies a bulk plan action atomically: every named plan is locked and judged by {@link PlanAction}; if any cannot
 * take the action (unknown id, another organization's plan, a status it cannot leave, an ended plan to resume),
 * nothing changes and every problem is reported. Plans already in the target status are reported as unchanged.
 */
@Service
public class PlanActionService {

    /** Statuses an {@code --account} selection picks up: the plans the action can apply to or is a no-op for. */
    private static final Map<PlanAction, String[]> ACCOUNT_SCOPE = Map.of(
            PlanAction.PAUSE, new String[] {"ACTIVE", "PAUSED"},
            PlanAction.RESUME, new String[] {"ACTIVE", "PAUSED"},
            PlanAction.VOID, new String[] {"ACTIVE", "PAUSED", "INACTIVE", "VOIDED"});

    private final BillingPlanMapper plans;

    public PlanActionService(BillingPlanMapper plans) {
        this.plans = plans;
    }

    @Transactional
    public PlanActionResult apply(PlanAction action, long organizationId, PlanSelection selection,
            LocalDate effectiveDate, String reason, String actor) {
        List<String> problems = new ArrayList<>(selection.inputProblems());
        List<PlanRow> rows = select(action, organizationId, selection, problems);
        List<PlanRow> toChange = new ArrayList<>();
        List<Long> unchanged = new ArrayList<>();
        for (PlanRow row : rows) {
            if (row.organizationId() != organizationId) {
                problems.add("plan " + row.id() + ": belongs to organization " + row.organizationCode());
                continue;
            }
            PlanAction.Verdict verdict = action.judge(row.status(), row.endDate(), effectiveDate);
            switch (verdict.kind()) {
                case CHANGE -> toChange.add(row);
                case UNCHANGED -> unchanged.add(row.id());
                case REFUSED -> problems.add("plan " + row.id() + ": " + verdict.reason());
            }
        }
        if (!problems.isEmpty()) {
            String refused = action.name().toLowerCase() + " refused, nothing changed (" + problems.size()
                    + (problems.size() == 1 ? " problem)" : " problems)");
            // a bad input file is the caller's mistake (exit 2); an action the plans cannot take is a refusal (exit 1)
            throw selection.inputProblems().isEmpty() ? new ActionRefusedException(refused, problems)
                    : new UsageException(refused, problems);
        }
        if (!toChange.isEmpty()) {
            plans.changeStatuses(
                    toChange.stream().map(PlanRow::id).toArray(Long[]::new),
                    toChange.stream().map(r -> r.status().name()).toArray(String[]::new),
                    toChange.stream().map(r -> action == PlanAction.RESUME
                            ? PlanAction.nextPeriodStartOnResume(r.schedule(), r.nextPeriodStart(), effectiveDate)
                            : null).toArray(LocalDate[]::new),
                    action.target().name(), effectiveDate, reason, actor);
        }
        return new PlanActionResult(action, toChange.stream().map(PlanRow::id).toList(), unchanged);
    }

    private List<PlanRow> select(PlanAction action, long organizationId, PlanSelection selection, List<String> problems) {
        if (selection.accountNumber() != null) {
            if (!plans.accountExists(organizationId, selection.accountNumber())) {
                problems.add("account " + selection.accountNumber() + ": unknown in this organization");
                return List.of();
            }
            return plans.lockPlansOfAccount(organizationId, selection.accountNumber(), ACCOUNT_SCOPE.get(action));
        }
        Long[] ids = selection.ids().stream().distinct().toArray(Long[]::new);
        Map<Long, PlanRow> found = plans.lockPlansById(ids).stream()
                .collect(Collectors.toMap(PlanRow::id, Function.identity()));
        Arrays.stream(ids).filter(id -> !found.containsKey(id)).forEach(id -> problems.add("plan " + id + ": unknown id"));
        return Arrays.stream(ids).filter(found::containsKey).map(found::get).toList();
    }
}
