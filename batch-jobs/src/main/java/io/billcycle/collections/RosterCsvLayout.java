package io.billcycle.collections;

import static io.billcycle.export.CsvCells.amount;
import static io.billcycle.export.CsvCells.date;
import static io.billcycle.export.CsvCells.text;

import java.util.List;

import io.billcycle.export.CsvLayout;

/**
 * The collectors' file: the columns interfaces.md fixes, in its order, then the detail (why, in words) last, as the
 * statements' print file ends with its dunning reason. An empty status is an empty cell.
 */
public final class RosterCsvLayout implements CsvLayout<RosterExportRow> {

    private static final List<String> HEADER = List.of("run_date", "account_number", "account_name", "from_status",
            "to_status", "reason", "balance", "past_due", "collector_group", "detail");

    @Override
    public List<String> header() {
        return HEADER;
    }

    @Override
    public List<String> cells(RosterExportRow r) {
        return List.of(date(r.runDate()), text(r.accountNumber()), text(r.accountName()), text(r.fromStatus()),
                text(r.toStatus()), r.reason(), amount(r.balance()), amount(r.pastDue()), text(r.collectorGroup()),
                text(r.detail()));
    }
}
