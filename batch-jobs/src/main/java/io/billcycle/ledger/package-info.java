/**
 * The ledger arithmetic every job shares (conventions.md, "Balances at a date D"): balance, FIFO allocation of
 * credits to debits, open amounts, past due with and without grace days, aging and payments in a window. One
 * implementation, set-based in SQL for a whole chunk of accounts at once ({@code LedgerMapper.positions}); never one
 * query per account, never whole ledgers in Java.
 */
package io.billcycle.ledger;
