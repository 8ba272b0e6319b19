package io.billcycle.collections;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Payment plans and collection statuses as operators manage them; the SQL is in PaymentPlanMapper.xml. */
@Mapper
public interface PaymentPlanMapper {

    /** An account with what a new plan needs to know about it. */
    record PlanAccount(long id, String collectionStatus, boolean suppressCollections, Long activePlanId) {
    }

    PlanAccount findAccount(@Param("organizationId") long organizationId, @Param("accountNumber") String accountNumber);

    boolean statusExists(@Param("organizationId") long organizationId, @Param("code") String code);

    long insertPlan(@Param("organizationId") long organizationId, @Param("accountId") long accountId,
            @Param("kind") String kind, @Param("r") PaymentPlanRequest request, @Param("createdBy") String createdBy);

    record PlanRow(long id, String accountNumber, String kind, String status, LocalDate startDate,
            BigDecimal paymentAmount, int paymentDays, LocalDate nextPaymentDate, LocalDate lastPaymentDate,
            BigDecimal lastPaymentAmount, String statusForDefault, boolean autopay, String statusReason) {
    }

    List<PlanRow> listPlans(@Param("organizationId") long organizationId, @Param("accountNumber") String accountNumber);

    PlanRow findPlan(@Param("organizationId") long organizationId, @Param("id") long id);

    int cancelPlan(@Param("id") long id, @Param("date") LocalDate date, @Param("reason") String reason);

    /**
     * An active plan whose next installment is due on or before {@code until}, with what has been paid towards it by
     * {@code date} (the installment's window up to {@code date}) and the shortfall.
     */
    record AtRisk(long id, String accountNumber, String accountName, String collectionStatus, LocalDate nextPaymentDate,
            BigDecimal paymentAmount, BigDecimal paid, BigDecimal shortfall) {
    }

    List<AtRisk> atRisk(@Param("organizationId") long organizationId, @Param("date") LocalDate date,
            @Param("until") LocalDate until);

    /** An account's place in collections and its active plan (planId null without one), for {@code accounts show}. */
    record AccountCollections(String status, LocalDate statusDate, boolean sticky, Long planId, BigDecimal planAmount,
            Integer planDays, LocalDate planNextPaymentDate) {
    }

    AccountCollections accountCollections(@Param("accountId") long accountId);

    /** An account's latest roster rows, newest first. */
    record RosterLine(LocalDate runDate, String fromStatus, String toStatus, String reason, String detail) {
    }

    List<RosterLine> lastRosterRows(@Param("accountId") long accountId, @Param("limit") int limit);

    record Status(String code, String description, Integer daysToRemain, String nextStatusCode) {
    }

    List<Status> listStatuses(@Param("organizationId") long organizationId);

    void upsertStatus(@Param("organizationId") long organizationId, @Param("s") Status status);
}
