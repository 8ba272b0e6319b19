/**
 * Money coming in: payments imported from bank files (validated whole, idempotent by bank reference) and signed
 * manual adjustments, each posted to the append-only ledger. The checks of an import row are
 * {@link io.billcycle.payments.PaymentRowCheck}; the import is {@link io.billcycle.payments.PaymentImport}.
 */
package io.billcycle.payments;
