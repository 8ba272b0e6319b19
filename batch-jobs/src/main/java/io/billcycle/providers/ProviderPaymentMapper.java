package io.billcycle.providers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Provider payments as operators act on them; the SQL is in ProviderPaymentMapper.xml beside this interface. */
@Mapper
public interface ProviderPaymentMapper {

    /** A payment's statuses as an action finds them. */
    record Current(long id, String kind, String submissionStatus, String paymentStatus, BigDecimal amount) {
    }

    /** The organization's payments among {@code ids}, locked until the transaction ends, by id. */
    List<Current> lockPayments(@Param("organizationId") long organizationId, @Param("ids") Long[] ids);

    /** Applies a checked action to every payment of {@code rows} and records each status that changed. */
    int applyTransitions(@Param("rows") TransitionRows rows, @Param("today") LocalDate today, @Param("actor") String actor);

    /** Of {@code ids}, the organization's providers. */
    List<Long> knownProviders(@Param("organizationId") long organizationId, @Param("ids") Long[] ids);

    /** A payment as an import checks against it. */
    record Existing(long id, long providerId, String period, String kind) {
    }

    /** The PAYMENTs of the given (provider, period) pairs that are already in the database. */
    List<Existing> existingPayments(@Param("organizationId") long organizationId, @Param("providerIds") Long[] providerIds,
            @Param("periods") String[] periods);

    List<Existing> paymentsById(@Param("organizationId") long organizationId, @Param("ids") Long[] ids);

    /** Inserts checked payments, each with its first history rows; returns how many. */
    int insertPayments(@Param("organizationId") long organizationId, @Param("rows") ImportRows rows,
            @Param("reason") String reason, @Param("actor") String actor);

    boolean exists(@Param("organizationId") long organizationId, @Param("id") long id);

    List<PaymentChange> history(@Param("organizationId") long organizationId, @Param("id") long id);

    List<ListedPayment> list(@Param("organizationId") long organizationId, @Param("tab") String tab,
            @Param("period") String period);
}
