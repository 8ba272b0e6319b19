/**
 * Provider payments: what an agency owes the providers who served its families, per service period, through two
 * status machines ({@link io.billcycle.providers.PaymentTransitions}), and the {@code provider-payment-export} job that
 * hands the authorized ones to finance and marks them paid.
 */
package io.billcycle.providers;
