package io.billcycle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Payments in from bank files and signed adjustments: validated whole, idempotent, on the append-only ledger. */
class LedgerCommandTest extends CliTest {

    @TempDir
    Path files;

    long acme;
    long a1;
    long a2;

    @BeforeEach
    void accounts() {
        acme = fixtures.organization("ACME");
        a1 = fixtures.account(acme, "A-1");
        a2 = fixtures.account(acme, "A-2");
        long club = fixtures.organization("CLUB");
        fixtures.account(club, "C-1");
    }

    Path file(String name, String content) throws IOException {
        return Files.writeString(files.resolve(name), content);
    }

    List<String> ledger() {
        return jdbc.queryForList("""
                select a.account_number || ' ' || l.kind || ' ' || l.amount || ' ' || l.entry_date || ' due ' || l.due_date
                       || ' ' || coalesce(l.description, '')
                  from ledger_entries l join accounts a on a.id = l.account_id order by l.id""", String.class);
    }

    @Test
    void aBankFileIsImportedOnceHoweverOftenItComes() throws IOException {
        Path bank = file("bank.csv", """
                account_number,payment_date,amount,reference,method\r
                A-1,2024-03-05,125.00,BK-1001,transfer\r
                A-2,2024-03-06,40,BK-1002,\r
                A-1,2024-03-07,0.5,BK-1003,card\r
                """);

        Result first = cli("ledger", "import-payments", bank.toString(), "--org", "ACME");

        assertThat(first.code()).as(first.toString()).isZero();
        assertThat(first.out()).isEqualTo("imported 3 payment(s) totalling 165.50 from bank.csv; 0 already imported, skipped\n");
        assertThat(ledger()).containsExactly("A-1 PAYMENT -125.00 2024-03-05 due 2024-03-05 Payment BK-1001 by transfer",
                "A-2 PAYMENT -40.00 2024-03-06 due 2024-03-06 Payment BK-1002",
                "A-1 PAYMENT -0.50 2024-03-07 due 2024-03-07 Payment BK-1003 by card");
        assertThat(jdbc.queryForList("select reference || ' ' || amount || ' ' || imported_from from payments order by id",
                String.class)).containsExactly("BK-1001 125.00 bank.csv", "BK-1002 40.00 bank.csv", "BK-1003 0.50 bank.csv");

        Map<String, String> before = fingerprint();
        Result again = cli("ledger", "import-payments", bank.toString(), "--org", "ACME");
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("imported 0 payment(s) totalling 0.00 from bank.csv; 3 already imported, skipped");
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void oneBadRowRejectsTheFileWithEveryProblemListed() throws IOException {
        cli("ledger", "import-payments", file("earlier.csv", "account_number,payment_date,amount,reference\nA-1,2024-03-01,10.00,BK-9\n")
                .toString(), "--org", "ACME");
        Map<String, String> before = fingerprint();
        Path bad = file("bad.csv", """
                organization,account_number,payment_date,amount,reference,method
                ACME,A-1,2024-03-05,125.00,BK-1,transfer
                ACME,A-9,2024-03-05,10.00,BK-2,
                ACME,A-1,2024-02-30,10.00,BK-3,
                ACME,A-1,2024-03-05,0.00,BK-4,
                ACME,A-1,2024-03-05,-5,BK-5,
                ACME,A-8,2024-03-05,1.005,BK-6,
                ACME,A-1,2024-03-05,ten,BK-7,
                ACME,A-2,2024-03-05,10.00,,
                ACME,A-2,2024-03-05,10.00,BK-1,
                ACME,A-2,2024-03-05,10.00,BK-9,
                GLOBEX,A-1,2024-03-05,10.00,BK-10,
                CLUB,C-1,2024-03-05,10.00,BK-11,
                """);

        Result refused = cli("ledger", "import-payments", bad.toString());

        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err().lines().toList()).containsExactly(
                "error: file " + bad + ": 11 problem(s), nothing imported",
                "  row 3 column account_number: no account 'A-9' in organization ACME",
                "  row 4 column payment_date: '2024-02-30' is not a date like 2026-01-31",
                "  row 5 column amount: 0.00 is not more than 0",
                "  row 6 column amount: -5 is not more than 0",
                // a row with a bad amount and an unknown account: both, in one answer
                "  row 7 column amount: 1.005 has more than two decimals",
                "  row 7 column account_number: no account 'A-8' in organization ACME",
                "  row 8 column amount: 'ten' is not an amount like 125.00",
                "  row 9 column reference: is empty; every payment needs the bank's reference",
                "  row 10 column reference: 'BK-1' is on row 2 too",
                "  row 11 column reference: 'BK-9' was imported before for account A-1, 2024-03-01, 10.00",
                "  row 12 column organization: unknown organization 'GLOBEX'");
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void adjustmentsAreSignedDueOnTheirDateAndChecked() {
        Result debit = cli("ledger", "adjust", "--org", "ACME", "--account", "A-1", "--amount", "12.50", "--date",
                "2024-03-10", "--reason", "returned cheque fee");
        Result credit = cli("ledger", "adjust", "--org", "ACME", "--account", "A-2", "--amount", "-3", "--date",
                "2024-03-11", "--reason", "goodwill");
        assertThat(debit.code()).as(debit.toString()).isZero();
        assertThat(credit.code()).as(credit.toString()).isZero();
        assertThat(ledger()).containsExactly("A-1 ADJUSTMENT 12.50 2024-03-10 due 2024-03-10 returned cheque fee",
                "A-2 ADJUSTMENT -3.00 2024-03-11 due 2024-03-11 goodwill");

        Map<String, String> before = fingerprint();
        assertThat(cli("ledger", "adjust", "--org", "ACME", "--account", "A-1", "--amount", "0", "--reason", "x").err())
                .isEqualTo("error: --amount must not be 0\n");
        assertThat(cli("ledger", "adjust", "--org", "ACME", "--account", "A-1", "--amount", "1.234", "--reason", "x").err())
                .isEqualTo("error: --amount must have at most two decimals, got 1.234\n");
        assertThat(cli("ledger", "adjust", "--org", "ACME", "--account", "Z-1", "--amount", "1", "--reason", "x").err())
                .isEqualTo("error: --account: no account 'Z-1' in organization ACME\n");
        Result notAnAmount = cli("ledger", "adjust", "--org", "ACME", "--account", "A-1", "--amount", "12,50", "--reason", "x");
        assertThat(notAnAmount.code()).isEqualTo(2);
        assertThat(notAnAmount.err()).startsWith("error: --amount must be an amount like 125.00 or -12.50, got '12,50'");
        assertThat(fingerprint()).isEqualTo(before);
    }
}
