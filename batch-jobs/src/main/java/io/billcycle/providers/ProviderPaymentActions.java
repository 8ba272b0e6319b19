package io.billcycle.providers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.billcycle.batch.ActionRefusedException;
import io.billcycle.batch.UsageException;
import io.billcycle.organizations.Organization;
import io.billcycle.providers.PaymentTransitions.Action;

/**
 * The operator actions on provider payments, by ids and atomic: the payments are locked, every one is checked by
 * {@link PaymentTransitions}, and either all move (each change recorded with who, when, from, to and why) or, when any
 * is refused, none does and every refusal is listed with the payment and its status.
 */
@Service
public class ProviderPaymentActions {

    private final ProviderPaymentMapper mapper;

    public ProviderPaymentActions(ProviderPaymentMapper mapper) {
        this.mapper = mapper;
    }

    /** @return how many payments moved */
    @Transactional
    public int apply(Organization organization, Action action, List<Long> ids, BigDecimal amount, String reason,
            LocalDate today, String actor) {
        if (ids == null || ids.isEmpty()) {
            throw new UsageException("give the payments' ids");
        }
        if (action == Action.HOLD && (reason == null || reason.isBlank())) {
            throw new UsageException("hold needs --reason: why the payment is held");
        }
        if (action == Action.AUTHORIZE && amount == null) {
            throw new UsageException("authorize needs --amount: the calculated amount");
        }
        if (amount != null && amount.stripTrailingZeros().scale() > 2) {
            throw new UsageException("--amount must have at most 2 decimals, got " + amount.toPlainString());
        }
        Long[] unique = new LinkedHashSet<>(ids).toArray(Long[]::new);
        Map<Long, ProviderPaymentMapper.Current> found = mapper.lockPayments(organization.id(), unique).stream()
                .collect(Collectors.toMap(ProviderPaymentMapper.Current::id, Function.identity()));
        List<String> problems = new ArrayList<>();
        int n = unique.length;
        TransitionRows rows = new TransitionRows(new Long[n], new String[n], new String[n], new BigDecimal[n],
                new String[n], new String[n]);
        for (int i = 0; i < n; i++) {
            ProviderPaymentMapper.Current current = found.get(unique[i]);
            if (current == null) {
                problems.add("payment " + unique[i] + ": no such payment in organization " + organization.code());
                continue;
            }
            PaymentTransitions.Outcome outcome = PaymentTransitions.apply(action, new PaymentTransitions.State(
                    current.kind(), current.submissionStatus(), current.paymentStatus()), amount);
            if (!outcome.allowed()) {
                problems.add("payment " + current.id() + ": " + action.name().toLowerCase() + " refused, " + outcome.refusal());
                continue;
            }
            rows.ids()[i] = current.id();
            rows.submissions()[i] = outcome.submission();
            rows.payments()[i] = outcome.payment();
            rows.amounts()[i] = action == Action.AUTHORIZE ? amount : null;
            rows.holdReasons()[i] = action == Action.HOLD ? reason.strip() : null;
            rows.reasons()[i] = reason == null || reason.isBlank() ? action.name().toLowerCase() : reason.strip();
        }
        if (!problems.isEmpty()) {
            throw new ActionRefusedException(problems.size() == 1 ? problems.get(0) + "; nothing changed"
                    : problems.size() + " of " + n + " payments refused, nothing changed", problems.size() == 1 ? List.of() : problems);
        }
        return mapper.applyTransitions(rows, today, actor);
    }

    /** A service period's payments on one tab (all, pending-parent, submitted, authorized, paid), in id order. */
    public List<ListedPayment> list(Organization organization, String tab, String period) {
        return mapper.list(organization.id(), tab, period);
    }

    public List<PaymentChange> history(Organization organization, long id) {
        List<PaymentChange> changes = mapper.history(organization.id(), id);
        if (changes.isEmpty() && !mapper.exists(organization.id(), id)) {
            throw new UsageException("no provider payment " + id + " in organization " + organization.code());
        }
        return changes;
    }
}
