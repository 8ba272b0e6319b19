/**
 * Export files for finance and print shops: RFC 4180 CSV written to a temporary name, checksummed while written,
 * renamed into place when complete, with a JSON manifest beside it and a row in {@code export_batches}.
 */
package io.billcycle.export;
