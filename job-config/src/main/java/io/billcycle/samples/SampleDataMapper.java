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

    /**
     * Turns finance charges on for the organization, with two account classes: STAFF (not assessed: accounts whose
     * number ends in 0) and PATIENT (the others); accounts whose number ends in 5 are waived. Decided by account
     * number, so the same samples always come out the same.
     */
    void setUpFinanceCharges(long organizationId);

    /**
     * Two accounts on the grace-day boundary at the demo date: P-900001 owes 100.00 due 2025-01-01 (30 days past due,
     * not charged), P-900004 the same due 2024-12-31 (31 days, charged). Returns the accounts added (one entry each).
     */
    int insertGraceBoundaryCases(long organizationId);

    /**
     * Bank payments before the demo date, decided by the account number's last digit so that the samples come out the
     * same: 1 pays about three months of its plans, 2 half a month, 3 a month but late in January, 4 ten months (an
     * over-payment), the others nothing. Each is a PAYMENT ledger entry with its {@code payments} row.
     */
    void insertPayments(long organizationId);

    /**
     * Statement cases, by the account number's last digit: 6 has its statements suspended, 7 returned mail, 8 an
     * override message, 9 is already at the highest dunning level with a statement on 2024-12-31 that asked for 25.00.
     */
    void setUpStatementCases(long organizationId);

    /**
     * Collections on, with seven statuses, by the account number's last digit: 5 in a billing group that suppresses
     * collections, 9 in C1 since 2024-12-20, 2 in collections on a monthly plan due on the demo date, 3 on a weekly
     * non-delinquent plan from 2025-01-01.
     */
    void setUpCollections(long organizationId);

    /**
     * Five providers with payments in every status: December 2024 ready to export (authorized payments and an
     * adjustment, one on hold, one received), January 2025 still coming in.
     */
    void insertProviderPayments(long organizationId);

    /**
     * A club's memberships around the demo date: two facilities, contract- and enrollment-level prepaid plans and a
     * postpaid one, frozen members ending in the frozen-prepaid report's window and out of it, a freeze ending on the
     * demo date, voided and cancelled contracts, an inactive customer.
     */
    void insertMemberships(long organizationId);

    /** Three dunning levels with their messages. */
    void insertDunningLevels(long organizationId);

    long insertOrganization(String code, String name, String currency, int paymentTermsDays, int maxCatchUpPeriods,
            String invoiceNumberPrefix);

    int insertAccounts(long organizationId, String[] numbers, String[] names, String[] streets, String[] cities,
            String[] regions, String[] postalCodes);

    /** Plans of accounts given by number; {@code ends} and statuses per plan. */
    int insertPlans(long organizationId, String[] accountNumbers, String[] subjects, BigDecimal[] amounts,
            String[] frequencies, LocalDate[] starts, LocalDate[] ends, Integer[] leadDays, LocalDate[] nextPeriodStarts,
            String[] statuses);
}
