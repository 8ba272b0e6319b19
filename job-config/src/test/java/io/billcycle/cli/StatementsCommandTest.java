package io.billcycle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.billcycle.testsupport.TestFiles;

/** {@code statements print}: the run's statement again, from the database, as the run printed it. */
class StatementsCommandTest extends CliTest {

    Path folder;

    @BeforeEach
    void aStatedAccount() {
        long org = fixtures.organization("ACME");
        long account = fixtures.account(org, "A-1");
        fixtures.account(org, "A-2");
        jdbc.update("""
                insert into ledger_entries (account_id, entry_date, kind, amount, due_date, description, created_by)
                values (?, '2024-01-12', 'ADJUSTMENT', 42.00, '2024-01-12', 'Late delivery fee', 'sam')""", account);
        folder = TestFiles.createTempDirectory("billcycle-reprints");
    }

    @Test
    void aStatementIsPrintedAgainWithThePagesOfTheRunsFile() throws Exception {
        assertThat(cli("run", "statement-cycle", "--date", "2024-01-31").code()).isZero();
        Path printed = EXPORTS.resolve("statement-cycle/statement-cycle-ACME-2024-01-31.pdf");
        assertThat(printed).exists();

        Path reprint = folder.resolve("a1.pdf");
        Result result = cli("statements", "print", "--account", "A-1", "--date", "2024-01-31", "--out", reprint.toString());
        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).isEqualTo(reprint + ": statement of 2024-01-31 for account A-1, 1 page(s)\n");
        // the run printed one statement; its one page and the reprint's are the same bytes, and so are two reprints
        assertThat(PdfPages.contents(reprint)).isEqualTo(PdfPages.contents(printed));
        byte[] first = Files.readAllBytes(reprint);
        assertThat(cli("statements", "print", "--account", "A-1", "--date", "2024-01-31", "--out", reprint.toString())
                .code()).isZero();
        assertThat(Files.readAllBytes(reprint)).isEqualTo(first);
        assertThat(PdfPages.text(reprint)).contains("Account A-1", "Late delivery fee", "42.00");
    }

    @Test
    void noStatementOrNoFolderIsOneLineAndNoFile() throws Exception {
        assertThat(cli("run", "statement-cycle", "--date", "2024-01-31").code()).isZero();
        Result none = cli("statements", "print", "--account", "A-2", "--date", "2024-01-31", "--out",
                folder.resolve("a2.pdf").toString());
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err()).isEqualTo("error: account A-2 of ACME has no statement dated 2024-01-31 (see: billcycle "
                + "accounts history --account A-2)\n");
        Result nowhere = cli("statements", "print", "--account", "A-1", "--date", "2024-01-31", "--out",
                folder.resolve("missing/a1.pdf").toString());
        assertThat(nowhere.code()).isEqualTo(1);
        assertThat(nowhere.err()).startsWith("error: --out " + folder.resolve("missing/a1.pdf") + ": the folder ");
        assertThat(cli("statements", "print", "--account", "NOPE", "--date", "2024-01-31").code()).isEqualTo(1);
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }
}
