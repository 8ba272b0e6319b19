/**
 * Deterministic sample data ({@code billcycle samples load}) and the {@code demo}: three organizations with different
 * payment terms and catch-up bounds, and plans covering every case the invoicing rules distinguish ({@code
 * SampleData}); each feature's own cases come from its {@code SampleContributor} (finance charges, statements,
 * collections, memberships, provider payments, bank payments), each with its mapper beside it.
 */
package io.billcycle.samples;
