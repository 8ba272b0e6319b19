/**
 * Recurring dates every job shares: a monthly cycle anchored on its first date (finance charges, statements), always
 * computed from the anchor so that a cycle starting on the 31st comes back to the 31st.
 */
package io.billcycle.calendar;
