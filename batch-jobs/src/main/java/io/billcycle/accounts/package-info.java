/**
 * What operators do to an account's statements: suspend and unsuspend them, returned mail and a new address, billing
 * and override messages; and the account as {@code accounts show} prints it. Each action is one checked update:
 * a refused one changes nothing.
 */
package io.billcycle.accounts;
