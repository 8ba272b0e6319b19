package io.billcycle.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import io.billcycle.accounts.AccountHistory;
import io.billcycle.accounts.HistoryLine;
import io.billcycle.export.CsvCells;
import io.billcycle.organizations.Organizations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"Everything that happened to an account, oldest first, one line each with the reason billcycle "
                + "recorded: invoices, ledger entries, statements, collections, payment plans, operators' actions "
                + "(who and when), freezes and thaws of the memberships it pays for."})
public class AccountHistoryCommand implements Callable<Integer> {

    static final String[] COLUMNS = {"date", "what", "reference", "amount", "by", "detail"};

    /** How the history is printed. */
    enum Format { text, csv, json }

    @Option(names = "--account", required = true, paramLabel = "NUMBER", description = "The account number.")
    String account;

    @Mixin OrgOption org;

    @Option(names = "--from", paramLabel = "yyyy-MM-dd", description = "From this date, included (default: the beginning).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "yyyy-MM-dd", description = "To this date, included (default: the end).")
    LocalDate to;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), csv (RFC 4180, a header, CRLF) or json (an array of {date, what, reference, amount, by, detail}).")
    Format format;

    @Spec
    CommandSpec spec;

    private final AccountHistory history;
    private final Organizations organizations;

    public AccountHistoryCommand(AccountHistory history, Organizations organizations) {
        this.history = history;
        this.organizations = organizations;
    }

    @Override
    public Integer call() throws Exception {
        List<HistoryLine> lines = history.of(organizations.ofAccount(org.code(), account), account, from, to);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case csv -> csv(lines, out);
            case json -> out.println(ExecutionsCommand.JSON.writeValueAsString(lines.stream().map(AccountHistoryCommand::json).toList()));
            default -> text(lines, out);
        }
        return ExitCodes.OK;
    }

    private static List<String> cells(HistoryLine line) {
        return List.of(line.date() == null ? "" : line.date().toString(), line.what(), orEmpty(line.reference()),
                line.amount() == null ? "" : line.amount().toPlainString(), orEmpty(line.by()), orEmpty(line.detail()));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static Map<String, Object> json(HistoryLine line) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("date", line.date() == null ? null : line.date().toString());
        json.put("what", line.what());
        json.put("reference", line.reference());
        json.put("amount", line.amount());
        json.put("by", line.by());
        json.put("detail", line.detail());
        return json;
    }

    private static void csv(List<HistoryLine> lines, PrintWriter out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS).get());
        for (HistoryLine line : lines) {
            csv.printRecord(line.date() == null ? "" : CsvCells.date(line.date()), CsvCells.text(line.what()),
                    CsvCells.text(line.reference()), line.amount() == null ? "" : CsvCells.amount(line.amount()),
                    CsvCells.text(line.by()), CsvCells.text(line.detail()));
        }
        csv.flush();
    }

    private static void text(List<HistoryLine> lines, PrintWriter out) {
        if (lines.isEmpty()) {
            out.println("nothing recorded for this account in that time");
            return;
        }
        Table.Rows rows = new Table.Rows();
        lines.forEach(line -> rows.add(cells(line).toArray()));
        Table.print(out, List.of(Table.left("date", 10), Table.left("what", 24), Table.left("reference", 24),
                Table.right("amount", 14), Table.left("by", 24), Table.left("detail", 0)), rows.list());
    }
}
