/**
 * Collections: the organization's collection statuses, payment plans, and the {@code collection-roster} job. The
 * rules are plain classes: which installments a plan is checked on ({@link io.billcycle.collections.Installments}) and
 * how an account's collection status changes in a run ({@link io.billcycle.collections.CollectionRule}).
 */
package io.billcycle.collections;
