package io.billcycle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Provider payments from the command line: each transition legal and not, atomic bulk actions, tabs, history. */
class ProviderPaymentsCommandTest extends CliTest {

    long agency;
    long sunny;
    long rainbow;

    @BeforeEach
    void providers() {
        agency = fixtures.organization("AGENCY");
        sunny = provider("Sunny Days Daycare");
        rainbow = provider("=HYPERLINK(\"http://x\")");
    }

    long provider(String name) {
        return jdbc.queryForObject("insert into providers (organization_id, name) values (?, ?) returning id", Long.class, agency, name);
    }

    long payment(long provider, String period, String amount, String submission, String payment) {
        return jdbc.queryForObject("""
                insert into provider_payments (organization_id, provider_id, service_period, kind, amount, submission_status,
                                               payment_status, hold_reason, authorized_on, created_by)
                values (?, ?, ?, 'PAYMENT', ?::numeric, ?, ?, case when ? = 'HOLD' then 'held' end,
                        case when ? = 'AUTHORIZED' then date '2025-02-03' end, 'test') returning id""", Long.class, agency,
                provider, period, amount, submission, payment, payment, payment);
    }

    String statuses(long id) {
        return jdbc.queryForObject("""
                select submission_status || '/' || payment_status || ' ' || amount || ' ' || coalesce(hold_reason, '-') || ' '
                       || coalesce(authorized_on::text, '-') from provider_payments where id = ?""", String.class, id);
    }

    @Test
    void aPaymentGoesThroughBothMachinesAndEveryChangeIsRecorded() {
        long id = payment(sunny, "2025-01", "100.00", "NEW", "NEW");
        assertThat(cli("provider-payments", "submit", Long.toString(id)).out()).isEqualTo("submit: 1 payment(s)\n");
        assertThat(statuses(id)).isEqualTo("READY_FOR_PARENT/NEW 100.00 - -");
        assertThat(cli("provider-payments", "sign", Long.toString(id), "--reason", "signed at pick-up").code()).isZero();
        assertThat(statuses(id)).isEqualTo("SUBMITTED/RECEIVED 100.00 - -");
        assertThat(cli("provider-payments", "hold", Long.toString(id), "--reason", "attendance disputed").code()).isZero();
        assertThat(statuses(id)).isEqualTo("SUBMITTED/HOLD 100.00 attendance disputed -");
        assertThat(cli("provider-payments", "release", Long.toString(id)).code()).isZero();
        assertThat(cli("provider-payments", "authorize", Long.toString(id), "--amount", "96.50").code()).isZero();
        assertThat(statuses(id)).matches("SUBMITTED/AUTHORIZED 96.50 - \\d{4}-\\d{2}-\\d{2}");

        Result history = cli("provider-payments", "history", Long.toString(id));
        assertThat(history.out().lines().map(line -> line.substring(20).replaceAll("\\s+", " ").strip()).toList())
                .extracting(line -> line.substring(line.indexOf(' ') + 1))
                .containsExactly("submission NEW -> READY_FOR_PARENT submit",
                        "submission READY_FOR_PARENT -> SUBMITTED signed at pick-up",
                        "payment NEW -> RECEIVED signed at pick-up",
                        "payment RECEIVED -> HOLD attendance disputed",
                        "payment HOLD -> RECEIVED release",
                        "payment RECEIVED -> AUTHORIZED authorize");
    }

    @Test
    void oneIllegalTransitionRefusesTheWholeActionAndNamesEachPaymentAndItsStatus() {
        long ok = payment(sunny, "2025-01", "100.00", "NEW", "NEW");
        long received = payment(rainbow, "2025-01", "80.00", "NEW", "RECEIVED");
        long held = payment(sunny, "2025-02", "70.00", "NEW", "HOLD");
        Map<String, String> before = fingerprint();

        Result refused = cli("provider-payments", "receive", ok + "," + received, Long.toString(held), "999");

        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err().lines().toList()).containsExactly("error: 3 of 4 payments refused, nothing changed",
                "  payment " + received + ": receive refused, payment is RECEIVED, not NEW",
                "  payment " + held + ": receive refused, payment is HOLD, not NEW",
                "  payment 999: no such payment in organization AGENCY");
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(cli("provider-payments", "hold", Long.toString(ok)).err()).isEqualTo("error: hold needs --reason: why the payment is held\n");
        assertThat(cli("provider-payments", "authorize", Long.toString(received), "--amount", "0").err())
                .isEqualTo("error: payment " + received + ": authorize refused, a payment is authorized for more than 0.00, got 0; nothing changed\n");
        assertThat(cli("provider-payments", "authorize", Long.toString(ok), "--amount", "10").err())
                .isEqualTo("error: payment " + ok + ": authorize refused, payment is NEW, not RECEIVED; nothing changed\n");
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void tabsListAPeriodWithACountAndTotalAndCsvGuardsAgainstFormulas() {
        payment(sunny, "2025-01", "100.00", "READY_FOR_PARENT", "NEW");
        payment(rainbow, "2025-01", "80.00", "SUBMITTED", "AUTHORIZED");
        payment(sunny, "2025-02", "70.00", "NEW", "RECEIVED");

        assertThat(cli("provider-payments", "list", "--period", "2025-01").out()).endsWith("tab all, 2025-01: 2 payment(s), total 180.00\n");
        assertThat(cli("provider-payments", "list", "--tab", "pending-parent", "--period", "2025-01").out())
                .contains("Sunny Days Daycare").endsWith("tab pending-parent, 2025-01: 1 payment(s), total 100.00\n");
        assertThat(cli("provider-payments", "list", "--tab", "submitted", "--period", "2025-01").out())
                .endsWith("tab submitted, 2025-01: 1 payment(s), total 80.00\n");
        assertThat(cli("provider-payments", "list", "--tab", "submitted", "--period", "2025-02").out())
                .endsWith("tab submitted, 2025-02: 1 payment(s), total 70.00\n");
        assertThat(cli("provider-payments", "list", "--tab", "authorized", "--period", "2025-01").out())
                .endsWith("1 payment(s), total 80.00\n");
        assertThat(cli("provider-payments", "list", "--tab", "paid", "--period", "2025-01").out()).endsWith("0 payment(s), total 0.00\n");

        Result csv = cli("provider-payments", "list", "--tab", "authorized", "--period", "2025-01", "--format", "csv");
        assertThat(csv.out()).isEqualTo("payment_id,kind,adjusts_payment_id,provider_id,provider_name,service_period,amount,"
                + "submission_status,payment_status,hold_reason,authorized_on,exported_on,export_batch_id\r\n"
                + jdbc.queryForObject("select id from provider_payments where payment_status = 'AUTHORIZED'", Long.class)
                + ",PAYMENT,," + rainbow + ",\"'=HYPERLINK(\"\"http://x\"\")\",2025-01,80.00,SUBMITTED,AUTHORIZED,,2025-02-03,,\r\n");

        assertThat(cli("provider-payments", "list", "--tab", "unpaid", "--period", "2025-01").err())
                .startsWith("error: --tab must be one of all, pending-parent, submitted, authorized, paid");
        assertThat(cli("provider-payments", "list", "--period", "2025-13").err()).startsWith("error: --period must be a month like 2025-01");
        assertThat(List.of(cli("provider-payments", "history", "4242").err()))
                .containsExactly("error: no provider payment 4242 in organization AGENCY\n");
    }

    @Test
    void anImportIsCheckedWholeAndOneBadRowRejectsTheFile(@TempDir Path dir) throws Exception {
        long paid = payment(sunny, "2025-01", "100.00", "SUBMITTED", "RECEIVED");
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, """
                provider_id,service_period,kind,adjusts_payment_id,amount,submission_status,payment_status
                %1$d,2025-02,PAYMENT,,120.00,NEW,NEW
                %1$d,2025-02,PAYMENT,,10.00,,
                %1$d,2025-01,PAYMENT,,50.00,,
                %1$d,2025-13,REFUND,,abc,SIGNED,PAID
                %2$d,2025-01,ADJUSTMENT,%3$d,-5.00,,
                %1$d,2025-01,ADJUSTMENT,,5.00,,
                999,2025-01,PAYMENT,,5.00,,
                %1$d,2025-03,PAYMENT,,0,SUBMITTED,NEW
                """.formatted(sunny, rainbow, paid));
        Map<String, String> before = fingerprint();

        Result refused = cli("provider-payments", "import", bad.toString());

        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err().lines().toList()).containsExactly("error: file " + bad + ": 12 problem(s), nothing imported",
                "  row 3 column kind: row 2 is the PAYMENT of provider " + sunny + " for 2025-02 already; a further amount is an ADJUSTMENT",
                "  row 4 column kind: provider " + sunny + " already has payment " + paid + " for 2025-01; a further amount is an ADJUSTMENT of it",
                "  row 5 column service_period: '2025-13' is not a month like 2025-01",
                "  row 5 column kind: 'REFUND' is not PAYMENT or ADJUSTMENT",
                "  row 5 column amount: 'abc' is not an amount like 125.00",
                "  row 5 column submission_status: 'SIGNED' is not a status a file may set (NEW, READY_FOR_PARENT, SUBMITTED)",
                "  row 5 column payment_status: 'PAID' is not a status a file may set (NEW, RECEIVED)",
                "  row 6 column adjusts_payment_id: payment " + paid + " is provider " + sunny + "'s for 2025-01, not provider "
                        + rainbow + "'s for 2025-01",
                "  row 7 column adjusts_payment_id: an ADJUSTMENT names the payment it adjusts",
                "  row 8 column provider_id: no provider 999 in organization AGENCY",
                "  row 9 column amount: a PAYMENT is more than 0, got 0",
                "  row 9 column payment_status: a payment SUBMITTED by both sides is RECEIVED at least");
        assertThat(fingerprint()).isEqualTo(before);

        Path good = dir.resolve("good.csv");
        Files.writeString(good, """
                provider_id,service_period,kind,adjusts_payment_id,amount,submission_status,payment_status
                %1$d,2025-02,PAYMENT,,120.00,READY_FOR_PARENT,
                %1$d,2025-01,ADJUSTMENT,%2$d,-5.00,SUBMITTED,RECEIVED
                """.formatted(sunny, paid));
        Result imported = cli("provider-payments", "import", good.toString());
        assertThat(imported.out()).as(imported.toString()).isEqualTo("imported 2 provider payment(s) from good.csv\n");
        assertThat(jdbc.queryForList("""
                select service_period || ' ' || kind || ' ' || amount || ' ' || submission_status || '/' || payment_status
                  from provider_payments where id <> ? order by id""", String.class, paid))
                .containsExactly("2025-02 PAYMENT 120.00 READY_FOR_PARENT/NEW", "2025-01 ADJUSTMENT -5.00 SUBMITTED/RECEIVED");
        assertThat(jdbc.queryForObject("select count(*) from provider_payment_changes where reason = 'imported from good.csv'", Integer.class))
                .isEqualTo(4);
        assertThat(cli("provider-payments", "import", good.toString()).code()).as("the same file twice").isEqualTo(2);
    }

    @Test
    void theExportRunsForAPeriodAndABatchIsReexportedByteForByte() throws Exception {
        long authorized = payment(sunny, "2025-01", "100.00", "SUBMITTED", "AUTHORIZED");
        payment(rainbow, "2025-01", "80.00", "SUBMITTED", "RECEIVED");

        Result missing = cli("run", "provider-payment-export", "--date", "2025-02-05");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("option 'period' is required");
        Result wrongJob = cli("run", "statement-cycle", "--date", "2025-02-05", "--period", "2025-01");
        assertThat(wrongJob.code()).isEqualTo(2);
        assertThat(wrongJob.err()).contains("unknown option 'period': this job takes none");

        Result run = cli("run", "provider-payment-export", "--period", "2025-01", "--date", "2025-02-05");
        assertThat(run.code()).as(run.toString()).isZero();
        long batch = jdbc.queryForObject("select export_batch_id from provider_payments where id = ?", Long.class, authorized);
        Path file = EXPORTS.resolve("provider-payment-export/provider-payment-export-AGENCY-2025-02-05-" + batch + ".csv");
        assertThat(run.out()).contains("assign-batch", "batches, 1 paid", "wrote " + file + " (+ .manifest.json)");
        byte[] exported = Files.readAllBytes(file);
        Files.delete(file);
        Map<String, String> before = fingerprint();

        Result again = cli("provider-payments", "reexport", Long.toString(batch));

        assertThat(again.code()).as(again.toString()).isZero();
        assertThat(again.out()).contains("1 payment(s), total 100.00, identical to the export");
        assertThat(Files.readAllBytes(file)).isEqualTo(exported);
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(cli("provider-payments", "reexport", "9999").err()).isEqualTo("error: no provider payment batch 9999 in organization AGENCY\n");
        assertThat(cli("run", "provider-payment-export", "--period", "2025-03", "--date", "2025-04-05").out())
                .contains("no AUTHORIZED payment in the period: no batch, no file");
    }
}
