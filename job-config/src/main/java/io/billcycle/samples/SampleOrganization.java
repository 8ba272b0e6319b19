package io.billcycle.samples;

/** A sample tenant: an agency, a practice and a club, with different terms and catch-up bounds. */
record SampleOrganization(String code, String name, String currency, int paymentTermsDays, int maxCatchUpPeriods,
        String invoicePrefix) {
}
