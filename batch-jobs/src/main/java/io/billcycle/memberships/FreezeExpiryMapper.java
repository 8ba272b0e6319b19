package io.billcycle.memberships;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of the freeze-expiry job, in FreezeExpiryMapper.xml; {@code selectExpired} is streamed through its id. */
@Mapper
public interface FreezeExpiryMapper {

    String SELECT_EXPIRED = "io.billcycle.memberships.FreezeExpiryMapper.selectExpired";

    long countExpired(Map<String, Object> run);

    /**
     * Thaws a chunk's freezes in one statement: closes them, invoices each fee once (the invoice number is the key),
     * extends their contracts and every enrollee, and activates the thawed enrollments. Returns the freezes closed.
     */
    int thaw(@Param("contractIds") Long[] contractIds, @Param("endDates") LocalDate[] endDates, @Param("days") Integer[] days,
            @Param("fees") BigDecimal[] fees, @Param("numbers") String[] numbers, @Param("accountIds") Long[] accountIds,
            @Param("organizationIds") Long[] organizationIds, @Param("jobExecutionId") long jobExecutionId);
}
