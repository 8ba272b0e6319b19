package io.billcycle.samples;

/**
 * A feature's samples. The loader creates each sample organization with its accounts and billing plans, then calls
 * every contributor in {@code @Order}, in the same transaction; a new feature adds its samples with a contributor of
 * its own (a class and its mapper) and touches no other's.
 */
public interface SampleContributor {

    /** Adds this feature's samples to the organization just loaded; returns how many accounts it added. */
    int contribute(SampleOrganization organization, long organizationId);
}
