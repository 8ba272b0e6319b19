package io.billcycle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The statement actions on an account, what they do to the next statement run, and what is refused. */
class AccountsCommandTest extends CliTest {

    static final String D = "2024-03-31";

    @TempDir
    Path files;

    long account;

    @BeforeEach
    void anAccountInDunning() {
        long acme = fixtures.organization("ACME");
        account = fixtures.account(acme, "A-1");
        jdbc.update("""
                update accounts set dunning_level = 2, first_statement_date = '2024-01-31', last_statement_date = '2024-02-29',
                       next_statement_date = '2024-03-31' where id = ?""", account);
        jdbc.update("""
                insert into ledger_entries (account_id, entry_date, kind, amount, due_date, created_by)
                values (?, '2024-01-01', 'ADJUSTMENT', 80.00, '2024-01-15', 'test')""", account);
    }

    String row() {
        return jdbc.queryForObject("""
                select statements_suspended || ' ' || returned_mail || ' ' || dunning_level || ' '
                       || coalesce(first_statement_date::text, '-') || ' ' || coalesce(next_statement_date::text, '-') || ' '
                       || coalesce(billing_message, '-') || ' ' || billing_message_recurring || ' '
                       || coalesce(replace(override_billing_message, E'\\n', '|'), '-') || ' ' || coalesce(address_line1, '-')
                  from accounts where id = ?""", String.class, account);
    }

    @Test
    void suspendThenResumeByRestartingTheCycleOrContinuing() {
        assertThat(cli("accounts", "suspend-statements", "--account", "A-1").code()).isZero();
        assertThat(row()).startsWith("true false 2 2024-01-31 2024-03-31");
        assertThat(cli("run", "statement-cycle", "--date", D).code()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from statements", Integer.class)).isZero();

        Result neither = cli("accounts", "unsuspend-statements", "--account", "A-1");
        assertThat(neither.code()).isEqualTo(2);
        assertThat(neither.err()).startsWith("error: Missing required argument (specify one of these): "
                + "(--restart-cycle | --continue)");
        assertThat(cli("accounts", "unsuspend-statements", "--account", "A-1", "--continue").code()).isZero();
        assertThat(row()).startsWith("false false 2 2024-01-31 2024-03-31");

        cli("accounts", "suspend-statements", "--account", "A-1");
        Result restart = cli("accounts", "unsuspend-statements", "--account", "A-1", "--restart-cycle");
        assertThat(restart.code()).as(restart.toString()).isZero();
        assertThat(row()).startsWith("false false 0 - " + java.time.LocalDate.now(java.time.ZoneOffset.UTC));
    }

    @Test
    void returnedMailStopsStatementsUntilANewAddress() {
        assertThat(cli("accounts", "returned-mail", "--account", "A-1").code()).isZero();
        assertThat(row()).startsWith("false true");
        Map<String, String> before = fingerprint();
        assertThat(cli("accounts", "update-address", "--account", "A-1", "--line1", " ").code()).isEqualTo(2);
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(cli("accounts", "update-address", "--account", "A-1", "--line1", "9 Oak Ave", "--city", "Fairview").code())
                .isZero();
        assertThat(row()).startsWith("false false").endsWith(" 9 Oak Ave");
    }

    @Test
    void messagesAreCheckedThenSavedAndPrinted() throws IOException {
        Map<String, String> before = fingerprint();
        Result tooLong = cli("accounts", "billing-message", "--account", "A-1", "--text", "x".repeat(61));
        assertThat(tooLong.code()).isEqualTo(2);
        assertThat(tooLong.err()).isEqualTo("error: --text line 1 has 61 characters; at most 60; nothing saved\n");
        Path five = Files.writeString(files.resolve("five.txt"), "1\n2\n3\n4\n5\n");
        Result tooMany = cli("accounts", "billing-message", "--account", "A-1", "--text", "ok", "--override-file", five.toString());
        assertThat(tooMany.err()).isEqualTo("error: --override-file has 5 lines; at most 4; nothing saved\n");
        assertThat(cli("accounts", "billing-message", "--account", "A-9", "--text", "ok").err())
                .isEqualTo("error: --account: no account 'A-9' in organization ACME\n");
        assertThat(fingerprint()).isEqualTo(before);

        Path override = Files.writeString(files.resolve("override.txt"), "Office closed\r\nuntil April 2\r\n");
        assertThat(cli("accounts", "billing-message", "--account", "A-1", "--text", "Thank you\\nfor your trust",
                "--recurring").code()).isZero();
        assertThat(cli("accounts", "billing-message", "--account", "A-1", "--override-file", override.toString()).code()).isZero();
        assertThat(row()).contains(" Thank you\nfor your trust true Office closed|until April 2 ");
        Result shown = cli("accounts", "show", "--account", "A-1");
        assertThat(shown.out()).contains("billing \"Thank you / for your trust\" (recurring); override \"Office closed / until April 2\"")
                .contains("dunning level 2");

        assertThat(cli("run", "statement-cycle", "--date", D).code()).isZero();
        assertThat(jdbc.queryForObject("select message_lines from statements", String.class)).isEqualTo("Office closed\nuntil April 2");
        assertThat(cli("accounts", "show", "--account", "A-1").out()).contains("statement 2024-03-31  balance 80.00");

        assertThat(cli("accounts", "billing-message", "--account", "A-1", "--clear").code()).isZero();
        assertThat(row()).contains(" - false - ");
        assertThat(cli("accounts", "billing-message", "--account", "A-1", "--clear", "--text", "x").code()).isEqualTo(2);
    }
}
