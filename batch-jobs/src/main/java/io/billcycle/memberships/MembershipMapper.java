package io.billcycle.memberships;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Memberships as staff act on them; the SQL is in MembershipMapper.xml beside this interface. */
@Mapper
public interface MembershipMapper {

    /** A contract with what freezing and thawing it needs: its plan's freeze settings and its holder's account. */
    record Contract(long id, String planName, String freezeLevel, BigDecimal feePerEnrollment, BigDecimal feePerContract,
            LocalDateTime endDateLocal, boolean closed, Long holderAccountId) {
    }

    /** The organization's contract, locked until the transaction ends; null when there is none. */
    Contract lockContract(@Param("organizationId") long organizationId, @Param("id") long id);

    /** An enrollment of the contract with its open freeze (freezeId null when it has none). */
    record Enrollment(long id, int currentStatus, boolean voided, LocalDate calculatedEndDate, Long freezeId,
            LocalDate freezeStart) {
    }

    List<Enrollment> enrollments(@Param("contractId") long contractId);

    void freeze(@Param("ids") Long[] enrollmentIds, @Param("start") LocalDate start, @Param("end") LocalDate end,
            @Param("reason") String reason, @Param("actor") String actor);

    /** Extends the contract and every enrollee by {@code days}, activates the thawed enrollments and closes their freezes. */
    void thaw(@Param("contractId") long contractId, @Param("ids") Long[] enrollmentIds, @Param("date") LocalDate date,
            @Param("days") long days, @Param("invoiceId") Long invoiceId);

    /** Sets the contract's end (keeping its time of day) and every enrollee's calculated end to {@code date}. */
    void overrideEndDate(@Param("contractId") long contractId, @Param("date") LocalDate date);

    /** An enrollment of the organization with its status; null when there is none. */
    Enrollment findEnrollment(@Param("organizationId") long organizationId, @Param("id") long id);

    /**
     * Sets an enrollment's status by hand with its status row: leaving FROZEN closes its open freeze on {@code date}
     * (no extension, no fee); entering FROZEN opens one from {@code date}.
     */
    void setStatus(@Param("id") long enrollmentId, @Param("status") int status, @Param("date") LocalDate date,
            @Param("actor") String actor);

    /** The thaw's fee as an invoice to the holder's account with its CHARGE entry; returns the invoice's id. */
    long invoiceFee(@Param("organizationId") long organizationId, @Param("accountId") long accountId,
            @Param("number") String number, @Param("date") LocalDate date, @Param("amount") BigDecimal amount,
            @Param("description") String description, @Param("actor") String actor);
}
