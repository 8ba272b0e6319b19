package io.billcycle.plans;

/** The life of a billing plan. */
public enum PlanStatus {
    /** Invoices are generated as periods come due. */
    ACTIVE,
    /** On hold: periods that come due while paused are never billed. */
    PAUSED,
    /** Ended: set by the invoicing job once the end date is past. */
    INACTIVE,
    /** No longer applicable; terminal. */
    VOIDED
}
