package io.billcycle.export;

/** An organization that gets an export file: one file per organization, since amounts never mix currencies. */
public record ExportTarget(long organizationId, String code, String currency) {
}
