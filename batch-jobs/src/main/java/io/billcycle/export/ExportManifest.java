package io.billcycle.export;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What {@code <file>.manifest.json} says about an export file.
 *
 * @param extra what an export adds of its own (a provider batch's service period), after the common fields
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"job", "kind", "org", "businessDate", "file", "rowCount", "amountTotal", "currency", "sha256",
        "jobExecutionId"})
public record ExportManifest(String job, String kind, String org, String businessDate, String file, long rowCount,
        BigDecimal amountTotal, String currency, String sha256, long jobExecutionId,
        @JsonAnyGetter Map<String, String> extra) {

    public ExportManifest {
        // sorted, so that the manifest's bytes do not depend on a map's order
        extra = extra == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(extra));
    }
}
