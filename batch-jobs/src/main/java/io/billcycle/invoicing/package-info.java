/**
 * The {@code invoice-generation} job: recurring invoices from billing plans. The rule that decides which periods a
 * plan is billed for is {@link io.billcycle.invoicing.InvoicePlanner}; the wiring is
 * {@link io.billcycle.invoicing.InvoiceGenerationJobConfiguration}; the SQL is {@code InvoiceGenerationMapper.xml}.
 */
package io.billcycle.invoicing;
