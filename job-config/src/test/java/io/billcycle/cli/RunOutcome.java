package io.billcycle.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a run leaves behind, in a form two runs can be compared by: the rows of every table the month-end jobs write,
 * and every export file with its manifest. Used to check that the way the work was split changes nothing.
 */
public final class RunOutcome {

    private RunOutcome() {
    }

    /** The rows every month-end job writes, by business keys (never by generated ids, which depend on the split). */
    public static Map<String, List<String>> state(JdbcTemplate jdbc) {
        return Map.of(
                "invoices", jdbc.queryForList("""
                        select i.invoice_number || ' ' || a.account_number || ' ' || i.period_start || ' ' || i.period_end
                               || ' ' || i.amount || ' ' || i.status from invoices i join accounts a on a.id = i.account_id
                         order by 1""", String.class),
                "plans", jdbc.queryForList("""
                        select a.account_number || ' ' || p.status || ' ' || p.next_period_start
                          from billing_plans p join accounts a on a.id = p.account_id order by 1""", String.class),
                "ledger", jdbc.queryForList("""
                        select a.account_number || ' ' || l.kind || ' ' || l.amount || ' ' || l.entry_date || ' ' || l.due_date
                          from ledger_entries l join accounts a on a.id = l.account_id order by 1""", String.class),
                "charges", jdbc.queryForList("""
                        select a.account_number || ' ' || f.assessed_on || ' ' || f.base_amount || ' ' || f.charge || ' '
                               || f.reason from finance_charges f join accounts a on a.id = f.account_id order by 1""",
                        String.class),
                "accounts", jdbc.queryForList("""
                        select account_number || ' ' || coalesce(next_finance_charge_date::text, '-') || ' '
                               || coalesce(last_finance_charge_date::text, '-') || ' ' || dunning_level || ' '
                               || coalesce(next_statement_date::text, '-') || ' ' || coalesce(collection_status, '-') || ' '
                               || coalesce(collection_status_date::text, '-') from accounts order by 1""", String.class),
                "statements", jdbc.queryForList("""
                        select a.account_number || ' ' || s.statement_date || ' ' || s.balance || ' ' || s.minimum_due || ' '
                               || s.dunning_level || ' ' || coalesce(s.dunning_reason, '')
                          from statements s join accounts a on a.id = s.account_id order by 1""", String.class),
                "roster", jdbc.queryForList("""
                        select a.account_number || ' ' || r.run_date || ' ' || coalesce(r.from_status, '-') || ' '
                               || coalesce(r.to_status, '-') || ' ' || r.reason || ' ' || r.detail
                          from collection_roster r join accounts a on a.id = r.account_id order by 1""", String.class));
    }

    /**
     * Every export file and its manifest, the manifest without the execution that wrote it; byte for byte (one byte a
     * char), so that the printed statements' PDFs are compared too.
     */
    public static Map<String, String> files(Path exports) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(exports)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(exports.relativize(file).toString(),
                        new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).replaceAll("\"jobExecutionId\" : \\d+", "\"jobExecutionId\" : N"));
            }
        }
        return files;
    }
}
