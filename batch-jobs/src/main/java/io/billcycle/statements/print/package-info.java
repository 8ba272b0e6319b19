/**
 * Statements people can print: {@code statement-cycle}'s {@code print-statements} step writes the day's statements as
 * one PDF per organization for a print-and-mail house, and {@code billcycle statements print} renders one of them
 * again. Both read a statement through {@link io.billcycle.statements.print.StatementPrintMapper} and draw it with
 * {@link io.billcycle.statements.print.StatementSheets}, so a reprint has the very bytes of the printed pages.
 */
package io.billcycle.statements.print;
