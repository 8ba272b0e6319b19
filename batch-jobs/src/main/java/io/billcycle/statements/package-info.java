/**
 * The {@code statement-cycle} job's rules, as plain classes: when dunning advances ({@link
 * io.billcycle.statements.DunningRule}), what the minimum due is ({@link io.billcycle.statements.MinimumDue}) and which
 * message lines a statement prints ({@link io.billcycle.statements.StatementMessages}). The job's wiring comes next.
 */
package io.billcycle.statements;
