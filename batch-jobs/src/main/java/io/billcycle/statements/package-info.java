/**
 * The {@code statement-cycle} job: its rules as plain classes (when dunning advances, {@link
 * io.billcycle.statements.DunningRule}; what the minimum due is, {@link io.billcycle.statements.MinimumDue}; which
 * message lines a statement prints, {@link io.billcycle.statements.StatementMessages}), its wiring in {@link
 * io.billcycle.statements.StatementJobConfiguration} (a step partitioned by account id, then the print file, then the
 * printed statements of {@link io.billcycle.statements.print}) and its preview.
 */
package io.billcycle.statements;
