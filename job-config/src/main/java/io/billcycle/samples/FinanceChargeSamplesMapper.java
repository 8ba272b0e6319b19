package io.billcycle.samples;

import org.apache.ibatis.annotations.Mapper;

/** The SQL of {@link FinanceChargeSamples}, in FinanceChargeSamplesMapper.xml beside this interface. */
@Mapper
public interface FinanceChargeSamplesMapper {

    /**
     * Two accounts on the grace-day boundary at the demo date: P-900001 owes 100.00 due 2025-01-01 (30 days past due,
     * not charged), P-900004 the same due 2024-12-31 (31 days, charged). Returns the accounts added (one entry each).
     */
    int insertGraceBoundaryCases(long organizationId);
    /**
     * Turns finance charges on for the organization, with two account classes: STAFF (not assessed: accounts whose
     * number ends in 0) and PATIENT (the others); accounts whose number ends in 5 are waived. Decided by account
     * number, so the same samples always come out the same.
     */
    void setUpFinanceCharges(long organizationId);
}
