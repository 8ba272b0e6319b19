package io.billcycle.financecharges;

import static io.billcycle.export.CsvCells.amount;
import static io.billcycle.export.CsvCells.date;
import static io.billcycle.export.CsvCells.text;

import java.util.List;

import io.billcycle.export.CsvLayout;

/** The finance charge export's columns, in the order interfaces.md fixes. */
public final class FinanceChargeCsvLayout implements CsvLayout<FinanceChargeExportRow> {

    private static final List<String> HEADER = List.of("account_number", "account_name", "entry_date", "base_amount",
            "charge", "next_finance_charge_date");

    @Override
    public List<String> header() {
        return HEADER;
    }

    @Override
    public List<String> cells(FinanceChargeExportRow row) {
        return List.of(text(row.accountNumber()), text(row.accountName()), date(row.entryDate()), amount(row.baseAmount()),
                amount(row.charge()), date(row.nextFinanceChargeDate()));
    }
}
