package io.billcycle.samples;

/**
 * A sample tenant: an agency, a practice and a club, with different terms and catch-up bounds.
 *
 * @param financeCharges whether it charges finance charges (18% a year, minimum 1.00, minimum balance 5.00, 30 grace
 *                       days), with a staff class that is not assessed and some waived accounts
 */
record SampleOrganization(String code, String name, String currency, int paymentTermsDays, int maxCatchUpPeriods,
        String invoicePrefix, boolean financeCharges) {
}
