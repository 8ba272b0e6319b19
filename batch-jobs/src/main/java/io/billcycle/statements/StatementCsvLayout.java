package io.billcycle.statements;

import static io.billcycle.export.CsvCells.amount;
import static io.billcycle.export.CsvCells.date;
import static io.billcycle.export.CsvCells.text;

import java.util.ArrayList;
import java.util.List;

import io.billcycle.export.CsvLayout;

/**
 * The print file's columns, in the order interfaces.md fixes, with the dunning reason last: four message columns,
 * empty where a statement prints fewer lines.
 */
public final class StatementCsvLayout implements CsvLayout<StatementPrintRow> {

    private static final List<String> HEADER = List.of("account_number", "account_name", "address_line1",
            "address_line2", "city", "region", "postal_code", "statement_date", "previous_balance", "charges",
            "finance_charges", "adjustments", "payments", "balance", "minimum_due", "past_due", "aging_current",
            "aging_1_30", "aging_31_60", "aging_61_90", "aging_91_plus", "dunning_level", "message_1", "message_2",
            "message_3", "message_4", "dunning_reason");

    @Override
    public List<String> header() {
        return HEADER;
    }

    @Override
    public List<String> cells(StatementPrintRow r) {
        List<String> cells = new ArrayList<>(List.of(text(r.accountNumber()), text(r.accountName()),
                text(r.addressLine1()), text(r.addressLine2()), text(r.city()), text(r.region()), text(r.postalCode()),
                date(r.statementDate()), amount(r.previousBalance()), amount(r.charges()), amount(r.financeCharges()),
                amount(r.adjustments()), amount(r.payments()), amount(r.balance()), amount(r.minimumDue()),
                amount(r.pastDue()), amount(r.agingCurrent()), amount(r.aging1To30()), amount(r.aging31To60()),
                amount(r.aging61To90()), amount(r.aging91Plus()), Integer.toString(r.dunningLevel())));
        List<String> lines = r.messageLines() == null ? List.of() : r.messageLines().lines().toList();
        for (int i = 0; i < StatementMessages.MAX_LINES; i++) {
            cells.add(i < lines.size() ? text(lines.get(i)) : "");
        }
        cells.add(text(r.dunningReason()));
        return cells;
    }
}
