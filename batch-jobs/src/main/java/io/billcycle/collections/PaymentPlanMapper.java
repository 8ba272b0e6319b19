package io.billcycle.collections;

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

    List<PaymentPlanRow> listPlans(@Param("organizationId") long organizationId, @Param("accountNumber") String accountNumber);

    PaymentPlanRow findPlan(@Param("organizationId") long organizationId, @Param("id") long id);

    int cancelPlan(@Param("id") long id, @Param("date") LocalDate date, @Param("reason") String reason);

    List<PlanAtRisk> atRisk(@Param("organizationId") long organizationId, @Param("date") LocalDate date,
            @Param("until") LocalDate until);

    AccountCollections accountCollections(@Param("accountId") long accountId);

    List<RosterLine> lastRosterRows(@Param("accountId") long accountId, @Param("limit") int limit);

    List<CollectionStatus> listStatuses(@Param("organizationId") long organizationId);

    void upsertStatus(@Param("organizationId") long organizationId, @Param("s") CollectionStatus status);
}
