package io.billcycle.providers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.beans.factory.annotation.Autowired;

import io.billcycle.batch.BusinessRun;
import io.billcycle.testsupport.JobTest;

/**
 * The provider export on PostgreSQL: what is paid and what is not, the file's bytes, reruns, a failure injected at each
 * step and after the file is written, and a re-export byte for byte.
 */
class ProviderPaymentExportJobTest extends JobTest {

    static final LocalDate D = LocalDate.parse("2025-02-05");

    @Autowired
    Job providerPaymentExportJob;

    @Autowired
    ProviderBatchReexport reexport;

    long agency;
    long sunny;
    long tricky;
    long paymentA;
    long paymentB;
    long adjustment;

    @BeforeEach
    void payments() {
        agency = fixtures.organization("AGENCY");
        sunny = provider("Sunny Days Daycare");
        tricky = provider("=SUM(A1:A9)");
        paymentA = payment(sunny, "2025-01", "PAYMENT", null, "400.00", "AUTHORIZED");
        paymentB = payment(tricky, "2025-01", "PAYMENT", null, "250.00", "AUTHORIZED");
        adjustment = payment(sunny, "2025-01", "ADJUSTMENT", paymentA, "-20.00", "AUTHORIZED");
        payment(provider("Held"), "2025-01", "PAYMENT", null, "90.00", "HOLD");
        payment(provider("Received"), "2025-01", "PAYMENT", null, "80.00", "RECEIVED");
        payment(provider("New"), "2025-01", "PAYMENT", null, "70.00", "NEW");
        payment(sunny, "2025-02", "PAYMENT", null, "410.00", "AUTHORIZED");         // another period
    }

    long provider(String name) {
        return jdbc.queryForObject("insert into providers (organization_id, name) values (?, ?) returning id", Long.class, agency, name);
    }

    long payment(long provider, String period, String kind, Long adjusts, String amount, String status) {
        return jdbc.queryForObject("""
                insert into provider_payments (organization_id, provider_id, service_period, kind, adjusts_payment_id, amount,
                                               submission_status, payment_status, hold_reason, authorized_on, created_by)
                values (?, ?, ?, ?, ?, ?::numeric, 'SUBMITTED', ?, case when ? = 'HOLD' then 'disputed' end,
                        case when ? = 'AUTHORIZED' then date '2025-02-01' end, 'test') returning id""", Long.class,
                agency, provider, period, kind, adjusts, amount, status.equals("NEW") ? "RECEIVED" : status, status, status);
    }

    static JobParameters params(String period) {
        return BusinessRun.parameters(D, "AGENCY", Map.of("period", period));
    }

    Map<String, List<String>> state() {
        return Map.of("payments", jdbc.queryForList("""
                        select id || ' ' || payment_status || ' ' || coalesce(exported_on::text, '-') || ' '
                               || coalesce((select b.service_period from export_batches b where b.id = export_batch_id), '-')
                          from provider_payments order by id""", String.class),
                "batches", jdbc.queryForList("""
                        select service_period || ' ' || status || ' ' || row_count || ' ' || amount_total || ' ' || file_name
                          from export_batches order by id""", String.class));
    }

    Path file() throws Exception {
        try (var files = Files.list(exportDir().resolve("provider-payment-export"))) {
            return files.filter(f -> f.toString().endsWith(".csv")).findFirst().orElseThrow();
        }
    }

    @Test
    void authorizedPaymentsOfThePeriodArePaidInOneBatchAndTheFileHoldsExactlyThem() throws Exception {
        assertThat(launch(providerPaymentExportJob, params("2025-01")).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        long batch = jdbc.queryForObject("select id from export_batches", Long.class);
        assertThat(jdbc.queryForList("select id from provider_payments where payment_status = 'PAID' order by id", Long.class))
                .containsExactly(paymentA, paymentB, adjustment);
        assertThat(jdbc.queryForList("select distinct payment_status from provider_payments where payment_status <> 'PAID' order by 1",
                String.class)).containsExactly("AUTHORIZED", "HOLD", "RECEIVED");
        Path file = file();
        assertThat(file.getFileName().toString()).isEqualTo("provider-payment-export-AGENCY-2025-02-05-" + batch + ".csv");
        assertThat(Files.readString(file)).isEqualTo("""
                export_batch_id,payment_id,kind,adjusts_payment_id,provider_id,provider_name,service_period,amount,authorized_on,exported_on\r
                %1$d,%2$d,PAYMENT,,%5$d,Sunny Days Daycare,2025-01,400.00,2025-02-01,2025-02-05\r
                %1$d,%3$d,PAYMENT,,%6$d,'=SUM(A1:A9),2025-01,250.00,2025-02-01,2025-02-05\r
                %1$d,%4$d,ADJUSTMENT,%2$d,%5$d,Sunny Days Daycare,2025-01,-20.00,2025-02-01,2025-02-05\r
                """.formatted(batch, paymentA, paymentB, adjustment, sunny, tricky));
        assertThat(Files.readString(file.resolveSibling(file.getFileName() + ".manifest.json")))
                .contains("\"rowCount\" : 3", "\"amountTotal\" : 630.00", "\"servicePeriod\" : \"2025-01\"")
                .doesNotContain("extra");
        assertThat(state().get("batches")).containsExactly("2025-01 WRITTEN 3 630.00 " + file.getFileName());
        assertThat(jdbc.queryForObject("select count(*) from provider_payment_changes where to_status = 'PAID'", Integer.class)).isEqualTo(3);

        // a forced run finds nothing left to pay: no batch, no file
        assertThat(launch(providerPaymentExportJob, BusinessRun.forced(params("2025-01"), "again")).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForObject("select count(*) from export_batches", Integer.class)).isEqualTo(1);

        // a re-export is the same file, byte for byte, and changes nothing
        byte[] exported = Files.readAllBytes(file);
        Files.delete(file);
        Map<String, List<String>> before = state();
        reexport.reexport(new io.billcycle.organizations.Organization(agency, "AGENCY", "USD", java.time.ZoneOffset.UTC), batch);
        assertThat(Files.readAllBytes(file)).isEqualTo(exported);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aFailureAtEachPointFollowedByARestartEndsLikeOneCleanRun() throws Exception {
        launch(providerPaymentExportJob, params("2025-01"));
        Map<String, List<String>> clean = state();
        byte[] cleanFile = Files.readAllBytes(file());

        // between the steps: the batch is recorded and paid, but the file cannot be started (its folder is a file)
        emptyTables();
        emptyExportDirectory();
        Files.delete(exportDir().resolve("provider-payment-export"));
        Files.writeString(exportDir().resolve("provider-payment-export"), "in the way");
        payments();
        assertThat(launch(providerPaymentExportJob, params("2025-01")).getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(jdbc.queryForObject("select count(*) from provider_payments where payment_status = 'PAID'", Integer.class)).isEqualTo(3);
        Files.delete(exportDir().resolve("provider-payment-export"));
        assertThat(launch(providerPaymentExportJob, params("2025-01")).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(new String(Files.readAllBytes(file())).replaceAll("(?m)^\\d+,\\d+,", ""))
                .isEqualTo(new String(cleanFile).replaceAll("(?m)^\\d+,\\d+,", ""));

        // the batch cannot be recorded: nothing is paid; then the file cannot be recorded as written
        for (String failing : List.of("before insert on export_batches", "before update on export_batches")) {
            emptyTables();
            emptyExportDirectory();
            payments();
            jdbc.execute("create function fail_once() returns trigger language plpgsql as $$ begin raise exception 'injected failure'; end $$");
            jdbc.execute("create trigger fail_once " + failing + " for each row execute function fail_once()");
            try {
                assertThat(launch(providerPaymentExportJob, params("2025-01")).getStatus()).isEqualTo(BatchStatus.FAILED);
                if (failing.contains("insert")) {
                    assertThat(jdbc.queryForObject("select count(*) from provider_payments where payment_status = 'PAID'", Integer.class)).isZero();
                } else {
                    // the file was written, the batch is recorded and paid, but not marked written
                    assertThat(jdbc.queryForObject("select status from export_batches", String.class)).isEqualTo("OPEN");
                    assertThat(Files.exists(file())).isTrue();
                }
            } finally {
                jdbc.execute("drop trigger fail_once on export_batches");
                jdbc.execute("drop function fail_once()");
            }
            assertThat(launch(providerPaymentExportJob, params("2025-01")).getStatus()).isEqualTo(BatchStatus.COMPLETED);
            Map<String, List<String>> restarted = state();
            assertThat(restarted.get("payments").stream().map(r -> r.substring(r.indexOf(' '))).toList())
                    .isEqualTo(clean.get("payments").stream().map(r -> r.substring(r.indexOf(' '))).toList());
            assertThat(restarted.get("batches")).hasSize(1);
            assertThat(new String(Files.readAllBytes(file())).replaceAll("(?m)^\\d+,\\d+,", ""))
                    .isEqualTo(new String(cleanFile).replaceAll("(?m)^\\d+,\\d+,", ""));
        }
    }

    void emptyExportDirectory() throws Exception {
        Path dir = exportDir().resolve("provider-payment-export");
        if (Files.isDirectory(dir)) {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    @Test
    void thePeriodIsRequiredAndChecked() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> launch(providerPaymentExportJob,
                BusinessRun.parameters(D, "AGENCY")))).hasMessageContaining("option 'period' is required");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> launch(providerPaymentExportJob, params("2025-13"))))
                .hasMessageContaining("option 'period' must be a month like 2026-01, was '2025-13'");
    }
}
