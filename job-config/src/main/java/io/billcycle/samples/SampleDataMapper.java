package io.billcycle.samples;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.apache.ibatis.annotations.Mapper;

/** Bulk inserts for sample data: one statement per batch of rows. */
@Mapper
public interface SampleDataMapper {

    boolean organizationExists(String code);

    /** Statistics for the tables just loaded, inside the loading transaction. */
    void analyzeLoaded();

    long insertOrganization(String code, String name, String currency, int paymentTermsDays, int maxCatchUpPeriods,
            String invoiceNumberPrefix);

    int insertAccounts(long organizationId, String[] numbers, String[] names, String[] streets, String[] cities,
            String[] regions, String[] postalCodes);

    /** Plans of accounts given by number; {@code ends} and statuses per plan. */
    int insertPlans(long organizationId, String[] accountNumbers, String[] subjects, BigDecimal[] amounts,
            String[] frequencies, LocalDate[] starts, LocalDate[] ends, Integer[] leadDays, LocalDate[] nextPeriodStarts,
            String[] statuses);
}
