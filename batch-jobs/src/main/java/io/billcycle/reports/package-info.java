/**
 * A club's own report SQL, run safely: the template format of the membership platform ({@link
 * io.billcycle.reports.ReportTemplate}: sections, placeholders bound as typed parameters, the checks that refuse a
 * template trying to write) and {@link io.billcycle.reports.ReportRunner}, which runs one in a read-only transaction
 * under a statement timeout and writes CSV.
 */
package io.billcycle.reports;
