package io.billcycle.export;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** What {@code <file>.manifest.json} says about an export file. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"job", "kind", "org", "businessDate", "file", "rowCount", "amountTotal", "currency", "sha256",
        "jobExecutionId"})
public record ExportManifest(String job, String kind, String org, String businessDate, String file, long rowCount,
        BigDecimal amountTotal, String currency, String sha256, long jobExecutionId) {
}
