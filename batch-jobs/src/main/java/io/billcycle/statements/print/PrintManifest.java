package io.billcycle.statements.print;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** What {@code <file>.pdf.manifest.json} says about a file of printed statements. */
@JsonPropertyOrder({"job", "kind", "org", "businessDate", "file", "statements", "pages", "sha256", "jobExecutionId"})
public record PrintManifest(String job, String kind, String org, String businessDate, String file, long statements,
        long pages, String sha256, long jobExecutionId) {
}
