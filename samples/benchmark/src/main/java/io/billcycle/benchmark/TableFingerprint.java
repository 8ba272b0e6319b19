package io.billcycle.benchmark;

import java.math.BigDecimal;

/** A table's row count and the sum of its row hashes: equal fingerprints mean equal contents, in any row order. */
public record TableFingerprint(String tableName, long rowCount, BigDecimal checksum) {
}
