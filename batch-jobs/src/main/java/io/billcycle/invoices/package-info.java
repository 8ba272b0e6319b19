/**
 * What every job that issues invoices shares: invoice numbers, unique per organization and handed out in blocks
 * inside the writing transaction ({@link io.billcycle.invoices.InvoiceNumberAssigner}), so a rolled-back chunk gives
 * its numbers back and no number is ever used twice. Plan invoices use it today, membership fee invoices will.
 */
package io.billcycle.invoices;
