package io.billcycle.benchmark;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;

/** A table's row count and the sum of its row hashes: equal fingerprints mean equal contents, in any row order. */
public record TableFingerprint(String tableName, long rowCount, BigDecimal checksum) {

    /** The verdict line of a report: the tables and their rows when both copies agree, else both sides table by table. */
    static void printVerdict(PrintWriter out, List<TableFingerprint> sql, List<TableFingerprint> job) {
        if (sql.equals(job)) {
            out.printf("  results         identical:");
            sql.forEach(f -> out.printf(" %s %,d", f.tableName(), f.rowCount()));
            out.println();
        } else {
            out.println("  results         DIFFERENT (table: rows and checksum, SQL copy vs job copy):");
            for (int i = 0; i < Math.max(sql.size(), job.size()); i++) {
                out.printf("    %s%n    %s%n", i < sql.size() ? sql.get(i) : "-", i < job.size() ? job.get(i) : "-");
            }
        }
    }
}
