package io.billcycle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Card numbers never get in and are never echoed: every option, argument, imported cell and message file that looks
 * like one is refused by name, never by value, and nothing changes. Also the inputs whose errors used to be the
 * database's or the JVM's words.
 */
class CardNumberTest extends CliTest {

    @TempDir
    Path files;

    long acme;

    @BeforeEach
    void accountWithAPlan() {
        acme = fixtures.organization("ACME");
        long account = fixtures.account(acme, "A-1");
        jdbc.update("""
                insert into payment_plans (organization_id, account_id, kind, start_date, payment_amount, payment_days,
                                           next_payment_date, created_by)
                values (?, ?, 'DELINQUENT', '2025-01-01', 10, 30, '2025-01-31', 'test')""", acme, account);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            --reason               | payment-plans cancel 1 --reason ^paid by card 4111 1111 1111 1111
            --reason               | payment-plans cancel 1 --reason=4111-1111-1111-1111
            --status-for-default   | payment-plans create --account A-1 --start 2025-01-01 --amount 10 --days 30 --status-for-default ^4111 1111 1111 1111
            --amount               | payment-plans create --account A-1 --start 2025-01-01 --amount 4111111111111111 --days 30
            --days                 | payment-plans create --account A-1 --start 2025-01-01 --amount 10 --days 4111111111111111
            --next-date            | payment-plans create --account A-1 --start 2025-01-01 --amount 10 --days 30 --next-date 4111111111111111
            --days                 | payment-plans at-risk --days 4111111111111111
            --date                 | payment-plans at-risk --date 4111111111111111
            --org                  | accounts show --account A-1 --org 4111111111111111
            ID                     | payment-plans cancel 4111111111111111
            --reason               | ledger adjust --account A-1 --amount 5 --reason ^card 4111111111111111
            --line1                | accounts update-address --account A-1 --line1 ^4111 1111 1111 1111
            """)
    void anArgumentThatLooksLikeACardNumberIsRefusedByName(String name, String command) {
        Map<String, String> before = fingerprint();
        // '^' starts the last argument, which holds spaces
        String[] parts = command.split(" \\^", 2);
        List<String> args = new java.util.ArrayList<>(List.of(parts[0].split(" ")));
        if (parts.length > 1) {
            args.add(parts[1]);
        }

        Result refused = cli(args.toArray(String[]::new));

        assertThat(refused.code()).as(refused.toString()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("error: " + name + " looks like a card number; billcycle never takes card "
                + "numbers (nothing was run)\n");
        assertThat(refused.out()).isEmpty();
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void importedCellsAndMessageFilesThatHoldACardNumberAreRefusedByRowAndColumn() throws IOException {
        Map<String, String> before = fingerprint();
        Path bank = Files.writeString(files.resolve("bank.csv"), """
                account_number,payment_date,amount,reference,method
                A-1,2025-03-05,125.00,BK-1,transfer
                A-1,2025-03-06,40.00,4111 1111 1111 1111,card
                """);
        Result payments = cli("ledger", "import-payments", bank.toString(), "--org", "ACME");
        assertThat(payments.code()).isEqualTo(2);
        assertThat(payments.err()).isEqualTo("error: file " + bank + ", row 3, column reference looks like a card number: "
                + "billcycle never takes card numbers; nothing saved\n");

        Path providers = Files.writeString(files.resolve("providers.csv"), """
                provider_id,service_period,kind,amount
                1,2025-01,PAYMENT,4111111111111111
                """);
        Result provider = cli("provider-payments", "import", providers.toString(), "--org", "ACME");
        assertThat(provider.code()).isEqualTo(2);
        assertThat(provider.err()).isEqualTo("error: file " + providers + ", row 2, column amount looks like a card number: "
                + "billcycle never takes card numbers; nothing saved\n");

        Path message = Files.writeString(files.resolve("message.txt"), "Thank you\nCard on file 4111-1111-1111-1111\n");
        Result override = cli("accounts", "billing-message", "--account", "A-1", "--override-file", message.toString());
        assertThat(override.code()).isEqualTo(2);
        assertThat(override.err()).isEqualTo("error: --override-file " + message + ", line 2 looks like a card number: "
                + "billcycle never takes card numbers; nothing saved\n");
        for (Result r : List.of(payments, provider, override)) {
            assertThat(r.out() + r.err()).doesNotContain("4111");
        }
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void stderrMasksAnyCardNumberAnErrorWouldRepeat() {
        StringWriter written = new StringWriter();
        PrintWriter err = CardNumberGuard.masking(new PrintWriter(written));
        err.print("error: no plan 4111 1111 ");
        err.println("1111 1111 here");
        err.println("error: ids 2025-01-31 and 12345");
        err.flush();
        assertThat(written).hasToString("error: no plan **** **** **** 1111 here\nerror: ids 2025-01-31 and 12345\n");
    }

    @Test
    void inputsThatTheDatabaseOrTheJvmUsedToAnswerGetOneClearLine() throws IOException {
        Map<String, String> before = fingerprint();
        StringBuilder bank = new StringBuilder("account_number,payment_date,amount,reference,method\n");
        for (int row = 1; bank.length() < 9000; row++) {
            bank.append("A-1,2025-03-05,1.00,BK-").append(row).append(",transfer\n");
        }
        long rows = bank.chars().filter(c -> c == '\n').count();
        bank.append("A-1,2025-03-05,1.00,BK-\u0000X,transfer\n");
        Path nul = Files.writeString(files.resolve("nul.csv"), bank);
        Result binary = cli("ledger", "import-payments", nul.toString(), "--org", "ACME");
        assertThat(binary.code()).isEqualTo(2);
        assertThat(binary.err()).isEqualTo("error: file " + nul + ", row " + (rows + 1) + ", column reference holds a NUL "
                + "byte: the file has binary data in it; nothing saved\n");

        Result line1 = cli("accounts", "update-address", "--account", "A-1", "--line1", "x".repeat(250));
        assertThat(line1.code()).isEqualTo(2);
        assertThat(line1.err()).isEqualTo("error: --line1 must be at most 100 characters (it has 250), got '"
                + "x".repeat(37) + "...' (see: billcycle accounts update-address --help)\n");
        Result postal = cli("accounts", "update-address", "--account", "A-1", "--line1", "1 Main St", "--postal-code", "9".repeat(70));
        assertThat(postal.err()).startsWith("error: --postal-code must be at most 20 characters (it has 70)");

        Path gz = files.resolve("message.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("Thank you\n".getBytes(StandardCharsets.UTF_8));
        }
        Path latin1 = Files.write(files.resolve("latin1.txt"), "Merci d'avoir payé à temps\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(cli("accounts", "billing-message", "--account", "A-1", "--override-file", files.toString()).err())
                .isEqualTo("error: --override-file " + files + ": is a directory, not a file (see: billcycle accounts billing-message "
                        + "--help)\n");
        assertThat(cli("accounts", "billing-message", "--account", "A-1", "--override-file", gz.toString()).err())
                .isEqualTo("error: --override-file " + gz + ": not a text file (it is compressed; unpack it first)\n");
        Result latin = cli("accounts", "billing-message", "--account", "A-1", "--override-file", latin1.toString());
        assertThat(latin.code()).isEqualTo(2);
        assertThat(latin.err()).isEqualTo("error: --override-file " + latin1 + ": not a text file (it is not UTF-8 text; "
                + "save it as UTF-8)\n");

        Result days = cli("run", "frozen-prepaid-expiry-report", "--date", "2025-03-01", "--option", "add-days=99999999999");
        assertThat(days.code()).as(days.toString()).isEqualTo(2);
        assertThat(days.err()).contains("option 'add-days' must be a whole number from 0 to 3660, was '99999999999'");
        assertThat(jdbc.queryForObject("select count(*) from batch_job_instance", Integer.class)).isZero();
        assertThat(fingerprint()).isEqualTo(before);
    }
}
