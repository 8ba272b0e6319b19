package io.billcycle.collections;

import java.time.LocalDate;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.billcycle.batch.ActionRefusedException;
import io.billcycle.batch.UsageException;
import io.billcycle.organizations.Organization;

/**
 * Operators' payment plans: create (every value checked first; refused for an account that already has an active plan
 * or whose billing group suppresses collections), list, cancel, and the plans at risk before the next roster run.
 * A refused request saves nothing.
 */
@Service
public class PaymentPlans {

    private final PaymentPlanMapper mapper;

    public PaymentPlans(PaymentPlanMapper mapper) {
        this.mapper = mapper;
    }

    /** Creates the plan; its kind follows the account: DELINQUENT when it is already in collections. */
    @Transactional
    public PaymentPlanRow create(Organization organization, PaymentPlanRequest request, String createdBy) {
        List<String> problems = request.problems();
        UsageException.ifAny(problems);
        PaymentPlanMapper.PlanAccount account = mapper.findAccount(organization.id(), request.accountNumber());
        if (account == null) {
            throw new UsageException("--account: no account '" + request.accountNumber() + "' in organization " + organization.code());
        }
        if (request.statusForDefault() != null && !mapper.statusExists(organization.id(), request.statusForDefault())) {
            throw new UsageException("--status-for-default: no collection status '" + request.statusForDefault()
                    + "' in organization " + organization.code() + " (see: billcycle collections statuses list)");
        }
        if (account.suppressCollections()) {
            throw new ActionRefusedException("account " + request.accountNumber()
                    + " is in a billing group that suppresses collections: no payment plan for it");
        }
        if (account.activePlanId() != null) {
            throw new ActionRefusedException("account " + request.accountNumber() + " already has active payment plan "
                    + account.activePlanId() + "; cancel it first");
        }
        String kind = account.collectionStatus() != null ? "DELINQUENT" : "NON_DELINQUENT";
        try {
            long id = mapper.insertPlan(organization.id(), account.id(), kind, request, createdBy);
            return mapper.findPlan(organization.id(), id);
        } catch (DuplicateKeyException e) {
            // another operator's plan for the same account won the race: the partial unique index keeps it at one
            throw new ActionRefusedException("account " + request.accountNumber() + " got an active payment plan meanwhile");
        }
    }

    public List<PaymentPlanRow> list(Organization organization, String accountNumber) {
        return mapper.listPlans(organization.id(), accountNumber);
    }

    @Transactional
    public void cancel(Organization organization, long id, LocalDate today, String reason) {
        PaymentPlanRow plan = mapper.findPlan(organization.id(), id);
        if (plan == null) {
            throw new UsageException("no payment plan " + id + " in organization " + organization.code());
        }
        if (mapper.cancelPlan(id, today, reason == null || reason.isBlank() ? "cancelled by an operator" : reason.strip()) == 0) {
            throw new ActionRefusedException("payment plan " + id + " is " + plan.status() + ": only an ACTIVE plan can be cancelled");
        }
    }

    /** Active plans whose next installment is due by {@code date + days} and not yet covered, with the shortfall. */
    public List<PlanAtRisk> atRisk(Organization organization, LocalDate date, int days) {
        return mapper.atRisk(organization.id(), date, date.plusDays(days));
    }
}
