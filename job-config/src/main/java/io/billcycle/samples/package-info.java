/**
 * Deterministic sample data ({@code billcycle samples load}) and the {@code demo}: three organizations with different
 * payment terms and catch-up bounds, and plans covering every case the invoicing rules distinguish.
 */
package io.billcycle.samples;
