/**
 * The {@code billcycle} operator CLI: one picocli command class per verb, {@link io.billcycle.cli.Cli} to start the
 * application and map failures to exit codes ({@link io.billcycle.cli.ExitCodes}).
 */
package io.billcycle.cli;
