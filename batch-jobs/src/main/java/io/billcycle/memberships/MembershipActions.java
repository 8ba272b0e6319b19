package io.billcycle.memberships;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.billcycle.batch.ActionRefusedException;
import io.billcycle.batch.UsageException;
import io.billcycle.organizations.Organization;

/**
 * Staff actions on prepaid memberships: freeze and thaw, by contract. The plan decides the level: a contract-level
 * plan freezes and thaws the whole contract (no {@code --enrollment}), an enrollment-level plan the enrollments named.
 * A thaw extends the contract and every enrollee by the days frozen ({@link ThawRule}) and invoices the fee to the
 * holder's account, once: the invoice's number is the thaw's business key. Each action is one transaction; a refusal
 * changes nothing.
 */
@Service
public class MembershipActions {

    private final MembershipMapper mapper;

    public MembershipActions(MembershipMapper mapper) {
        this.mapper = mapper;
    }

    @Transactional
    public int freeze(Organization organization, long contractId, List<Long> enrollmentIds, LocalDate start,
            LocalDate end, String reason, String actor) {
        if (end != null && end.isBefore(start)) {
            throw new UsageException("--end " + end + " is before --start " + start);
        }
        MembershipMapper.Contract contract = contract(organization, contractId);
        List<MembershipMapper.Enrollment> targets = targets(contract, mapper.enrollments(contractId), enrollmentIds, "freeze");
        List<String> problems = new ArrayList<>();
        for (MembershipMapper.Enrollment e : targets) {
            if (e.freezeId() != null || e.currentStatus() == 2) {
                problems.add("enrollment " + e.id() + " is already frozen" + (e.freezeStart() != null ? " since " + e.freezeStart() : ""));
            } else if (e.currentStatus() == 3) {
                problems.add("enrollment " + e.id() + " is terminated");
            }
        }
        refuseIfAny(problems, "freeze");
        mapper.freeze(targets.stream().map(MembershipMapper.Enrollment::id).toArray(Long[]::new), start, end,
                reason == null || reason.isBlank() ? null : reason.strip(), actor);
        return targets.size();
    }

    /** What a thaw does (or, dry, would do): the extension, the fee, the new end of the contract and of each enrollee. */
    public record ThawResult(long contractId, ThawRule.Thaw thaw, int thawed, LocalDateTime contractEnd,
            Map<Long, LocalDate> enrolleeEnds, String invoiceNumber) {
    }

    @Transactional
    public ThawResult thaw(Organization organization, long contractId, List<Long> enrollmentIds, LocalDate date,
            String actor, boolean dryRun) {
        MembershipMapper.Contract contract = contract(organization, contractId);
        List<MembershipMapper.Enrollment> all = mapper.enrollments(contractId);
        List<MembershipMapper.Enrollment> targets = enrollmentIds.isEmpty() && contract.freezeLevel().equals("ENROLLMENT")
                ? all.stream().filter(e -> e.freezeId() != null).toList()
                : targets(contract, all, enrollmentIds, "thaw");
        List<String> problems = new ArrayList<>();
        if (contract.freezeLevel().equals("ENROLLMENT")) {
            targets.stream().filter(e -> e.freezeId() == null)
                    .forEach(e -> problems.add("enrollment " + e.id() + " is not frozen"));
        }
        List<MembershipMapper.Enrollment> frozen = targets.stream().filter(e -> e.freezeId() != null).toList();
        if (frozen.isEmpty() && problems.isEmpty()) {
            problems.add("nothing is frozen on contract " + contractId);
        }
        frozen.stream().filter(e -> date.isBefore(e.freezeStart()))
                .forEach(e -> problems.add("enrollment " + e.id() + " froze on " + e.freezeStart() + ", after the thaw date " + date));
        refuseIfAny(problems, "thaw");
        ThawRule.Thaw thaw = ThawRule.of(frozen.stream().map(MembershipMapper.Enrollment::freezeStart).toList(), date,
                new ThawRule.Fee(contract.feePerEnrollment(), contract.feePerContract()), frozen.size());
        Map<Long, LocalDate> ends = new java.util.LinkedHashMap<>();
        all.stream().filter(e -> !e.voided()).forEach(e -> ends.put(e.id(),
                e.calculatedEndDate() == null ? null : e.calculatedEndDate().plusDays(thaw.days())));
        LocalDateTime contractEnd = contract.endDateLocal() == null ? null : contract.endDateLocal().plusDays(thaw.days());
        String number = ThawRule.invoiceNumber(contractId,
                frozen.stream().mapToLong(MembershipMapper.Enrollment::freezeId).min().orElseThrow());
        boolean invoiced = thaw.fee().signum() > 0;
        if (invoiced && contract.holderAccountId() == null) {
            throw new ActionRefusedException("contract " + contractId + ": the holder has no billing account for the freeze fee of "
                    + thaw.fee() + "; link the customer to an account first");
        }
        if (!dryRun) {
            Long invoice = invoiced ? mapper.invoiceFee(organization.id(), contract.holderAccountId(), number, date, thaw.fee(),
                    "Freeze fee: " + thaw.months() + " month(s) for " + thaw.days() + " day(s) frozen, contract " + contractId,
                    actor) : null;
            mapper.thaw(contractId, frozen.stream().map(MembershipMapper.Enrollment::id).toArray(Long[]::new), date,
                    thaw.days(), invoice);
        }
        return new ThawResult(contractId, thaw, frozen.size(), contractEnd, ends, invoiced ? number : null);
    }

    /** Sets the contract's end and every enrollee's to {@code date}: a correction by hand, never extended further. */
    @Transactional
    public void overrideEndDate(Organization organization, long contractId, LocalDate date) {
        contract(organization, contractId);
        mapper.overrideEndDate(contractId, date);
    }

    /** The statuses staff may set by hand, by name. */
    public static final Map<String, Integer> STATUSES = Map.of("PENDING", 0, "ACTIVE", 1, "FROZEN", 2, "TERMINATED", 3);

    /** A manual status: recorded with its date, never extending anything (leaving FROZEN this way charges no fee). */
    @Transactional
    public void setStatus(Organization organization, long enrollmentId, String status, LocalDate date, String actor) {
        Integer code = STATUSES.get(status == null ? "" : status.toUpperCase(java.util.Locale.ROOT));
        if (code == null) {
            throw new UsageException("--status must be one of ACTIVE, FROZEN, PENDING, TERMINATED, got '" + status + "'");
        }
        MembershipMapper.Enrollment enrollment = mapper.findEnrollment(organization.id(), enrollmentId);
        if (enrollment == null || enrollment.voided()) {
            throw new UsageException("--enrollment: no enrollment " + enrollmentId + " in organization " + organization.code());
        }
        if (enrollment.freezeStart() != null && code != 2 && date.isBefore(enrollment.freezeStart())) {
            throw new ActionRefusedException("enrollment " + enrollmentId + " froze on " + enrollment.freezeStart()
                    + ", after " + date + "; nothing changed");
        }
        mapper.setStatus(enrollmentId, code, date, actor);
    }

    private MembershipMapper.Contract contract(Organization organization, long contractId) {
        MembershipMapper.Contract contract = mapper.lockContract(organization.id(), contractId);
        if (contract == null) {
            throw new UsageException("--contract: no contract " + contractId + " in organization " + organization.code());
        }
        if (contract.closed()) {
            throw new ActionRefusedException("contract " + contractId + " is voided, rejected or cancelled");
        }
        return contract;
    }

    /** The enrollments an action names among the contract's {@code all}, checked against the plan's freeze level. */
    private static List<MembershipMapper.Enrollment> targets(MembershipMapper.Contract contract,
            List<MembershipMapper.Enrollment> all, List<Long> ids, String action) {
        if (contract.freezeLevel().equals("CONTRACT")) {
            if (!ids.isEmpty()) {
                throw new ActionRefusedException("plan '" + contract.planName() + "' freezes whole contracts: " + action
                        + " contract " + contract.id() + " without --enrollment");
            }
            return all.stream().filter(e -> !e.voided()).toList();
        }
        if (ids.isEmpty()) {
            throw new ActionRefusedException("plan '" + contract.planName() + "' freezes enrollments one by one: name them "
                    + "with --enrollment (every one of them to " + action + " the whole family)");
        }
        Map<Long, MembershipMapper.Enrollment> byId = all.stream().collect(Collectors.toMap(MembershipMapper.Enrollment::id,
                Function.identity()));
        List<String> problems = new ArrayList<>();
        List<MembershipMapper.Enrollment> targets = new ArrayList<>();
        for (Long id : ids.stream().distinct().toList()) {
            MembershipMapper.Enrollment e = byId.get(id);
            if (e == null || e.voided()) {
                problems.add("enrollment " + id + " is not an enrollment of contract " + contract.id());
            } else {
                targets.add(e);
            }
        }
        refuseIfAny(problems, action);
        return targets;
    }

    private static void refuseIfAny(List<String> problems, String action) {
        if (problems.size() == 1) {
            throw new ActionRefusedException(problems.get(0) + "; nothing changed");
        }
        if (!problems.isEmpty()) {
            throw new ActionRefusedException(action + " refused, nothing changed", problems);
        }
    }
}
