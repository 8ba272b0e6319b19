/**
 * Billing plans: the period schedule ({@link io.billcycle.plans.BillingSchedule}), plan statuses, the operator
 * actions pause, resume and void ({@link io.billcycle.plans.PlanAction} decides what each may do,
 * {@link io.billcycle.plans.PlanActionService} applies a bulk action atomically) and listing.
 */
package io.billcycle.plans;
