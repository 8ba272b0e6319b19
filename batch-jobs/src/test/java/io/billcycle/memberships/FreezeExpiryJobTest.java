package io.billcycle.memberships;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Autowired;

import io.billcycle.batch.BusinessRun;
import io.billcycle.testsupport.JobTest;

/** Freezes thawed on their end date: extensions, fees invoiced once, what is not due left alone, reruns and a restart. */
class FreezeExpiryJobTest extends JobTest {

    static final LocalDate D = LocalDate.parse("2025-03-01");

    @Autowired
    Job freezeExpiryJob;

    @Autowired
    io.billcycle.preview.Previews previews;

    long club;
    long account;
    long facility;
    long contractLevel;
    long family;
    long notYet;
    long open;

    @BeforeEach
    void memberships() {
        club = fixtures.organization("CLUB");
        account = fixtures.account(club, "C-1");
        facility = jdbc.queryForObject("insert into facilities (organization_id, short_name) values (?, 'Main') returning id", Long.class, club);
        long perContract = plan("CONTRACT", null, "25.00");
        long perEnrollment = plan("ENROLLMENT", "10.00", null);
        contractLevel = contract(perContract, 2, "2025-01-01", "2025-02-15", 2);     // 45 days: 2 months, 50.00
        family = contract(perEnrollment, 3, "2025-02-01", "2025-03-01", 1);          // one frozen, 28 days: 10.00
        freeze(enrollments(family).get(1), "2025-01-20", "2025-03-01");               // a second, longer: 40 days
        notYet = contract(perContract, 1, "2025-02-01", "2025-03-02", 1);            // ends tomorrow
        open = contract(perContract, 1, "2025-02-01", null, 1);                      // no end date
    }

    long plan(String level, String perEnrollment, String perContract) {
        return jdbc.queryForObject("""
                insert into plans (organization_id, name, plan_type, billing_type, freeze_level, freeze_fee_per_enrollment,
                                   freeze_fee_per_contract)
                values (?, ?, 1, 0, ?, ?::numeric, ?::numeric) returning id""", Long.class, club, level, level, perEnrollment, perContract);
    }

    long contract(long plan, int members, String start, String end, int frozen) {
        long holder = jdbc.queryForObject("insert into customers (organization_id, first_name, last_name, account_id) values (?, 'Pat', 'Doe', ?) returning id",
                Long.class, club, account);
        long contract = jdbc.queryForObject("insert into contracts (plan_id, facility_id, customer_id, end_date_local) values (?, ?, ?, '2025-12-31 23:59:00') returning id",
                Long.class, plan, facility, holder);
        for (int i = 0; i < members; i++) {
            jdbc.update("insert into enrollments (contract_id, customer_id, current_status, calculated_end_date) values (?, ?, 1, '2025-12-31')", contract, holder);
        }
        enrollments(contract).stream().limit(frozen).forEach(e -> freeze(e, start, end));
        return contract;
    }

    void freeze(long enrollment, String start, String end) {
        jdbc.update("update enrollments set current_status = 2 where id = ?", enrollment);
        jdbc.update("insert into enrollment_statuses (enrollment_id, status, date) values (?, 2, ?::date)", enrollment, start);
        jdbc.update("insert into freezes (enrollment_id, start_date, end_date, created_by) values (?, ?::date, ?::date, 'test')",
                enrollment, start, end);
    }

    List<Long> enrollments(long contract) {
        return jdbc.queryForList("select id from enrollments where contract_id = ? order by id", Long.class, contract);
    }

    Map<String, List<String>> state() {
        return Map.of("enrollments", jdbc.queryForList("""
                        select e.contract_id || ' ' || e.current_status || ' ' || e.calculated_end_date || ' ' || c.end_date_local
                          from enrollments e join contracts c on c.id = e.contract_id order by e.id""", String.class),
                "invoices", jdbc.queryForList("select invoice_number || ' ' || amount || ' ' || issue_date from invoices order by invoice_number", String.class),
                "charges", jdbc.queryForList("select amount || ' ' || entry_date from ledger_entries order by id", String.class),
                "freezes", jdbc.queryForList("select enrollment_id || ' ' || coalesce(thawed_on::text, 'open') from freezes order by id", String.class));
    }

    @Test
    void freezesEndingByTheDateAreThawedWithTheirExtensionAndFee() throws Exception {
        assertThat(launch(freezeExpiryJob, params(D)).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        Map<String, List<String>> state = state();
        assertThat(state.get("enrollments")).containsExactly(
                contractLevel + " 1 2026-02-14 2026-02-14 23:59:00", contractLevel + " 1 2026-02-14 2026-02-14 23:59:00",
                family + " 1 2026-02-09 2026-02-09 23:59:00", family + " 1 2026-02-09 2026-02-09 23:59:00",
                family + " 1 2026-02-09 2026-02-09 23:59:00",
                notYet + " 2 2025-12-31 2025-12-31 23:59:00", open + " 2 2025-12-31 2025-12-31 23:59:00");
        assertThat(state.get("invoices")).extracting(s -> s.substring(s.indexOf(' ') + 1))
                .containsExactlyInAnyOrder("50.00 2025-02-15", "40.00 2025-03-01");    // family: 2 thawed x 2 months x 10.00
        assertThat(state.get("charges")).containsExactlyInAnyOrder("50.00 2025-02-15", "40.00 2025-03-01");
        assertThat(state.get("freezes")).filteredOn(f -> f.endsWith("open")).hasSize(2);

        assertThat(launch(freezeExpiryJob, BusinessRun.forced(params(D), "again")).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(state()).isEqualTo(state);
    }

    @Test
    void aFailureMidJobAndARestartEndLikeOneCleanRun() throws Exception {
        launch(freezeExpiryJob, params(D));
        Map<String, List<String>> clean = state();
        emptyTables();
        memberships();
        jdbc.execute("create function fail_once() returns trigger language plpgsql as $$ begin raise exception 'injected failure'; end $$");
        jdbc.execute("create trigger fail_once before insert on invoices for each row when (new.amount = 40.00) execute function fail_once()");
        try {
            assertThat(launch(freezeExpiryJob, params(D)).getStatus()).isEqualTo(BatchStatus.FAILED);
        } finally {
            jdbc.execute("drop trigger fail_once on invoices");
            jdbc.execute("drop function fail_once()");
        }
        assertThat(launch(freezeExpiryJob, params(D)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Map<String, List<String>> restarted = state();
        assertThat(restarted.get("charges")).isEqualTo(clean.get("charges"));
        assertThat(restarted.get("freezes").stream().map(f -> f.substring(f.indexOf(' '))).toList())
                .isEqualTo(clean.get("freezes").stream().map(f -> f.substring(f.indexOf(' '))).toList());
        assertThat(restarted.get("invoices").stream().map(i -> i.substring(i.indexOf(' '))).sorted().toList())
                .isEqualTo(clean.get("invoices").stream().map(i -> i.substring(i.indexOf(' '))).sorted().toList());
    }

    @Test
    void thePreviewShowsEveryThawWithItsFeeAndWhyAndChangesNothingThenTheRunDoesIt() throws Exception {
        long contractHolderless = contract(plan("CONTRACT", null, "25.00"), 1, "2025-01-30", "2025-03-01", 1);
        jdbc.update("update customers set account_id = null where id = (select customer_id from contracts where id = ?)",
                contractHolderless);
        var before = state();

        var files = previews.preview(FreezeExpiryJobConfiguration.JOB_NAME, D, null, Map.of());

        assertThat(state()).isEqualTo(before);
        assertThat(java.nio.file.Files.readString(files.get(0).csv())).isEqualTo(String.join("\r\n",
                "organization,contract_id,thaw_date,freeze_start,enrollments,days_frozen,fee_months,fee,invoice_number,reason",
                "CLUB," + contractLevel + ",2025-02-15,2025-01-01,2,45,2,50.00,FRZ-" + contractLevel + "-" + firstFreeze(contractLevel)
                        + ",\"the freeze ends on 2025-02-15: thawed after 45 day(s) frozen; the contract and every enrollee "
                        + "extended by 45 day(s); fee 50.00 for 2 month(s), invoiced to the holder\"",
                "CLUB," + family + ",2025-03-01,2025-01-20,2,40,2,40.00,FRZ-" + family + "-" + firstFreeze(family)
                        + ",\"the freeze ends on 2025-03-01: thawed after 40 day(s) frozen; the contract and every enrollee "
                        + "extended by 40 day(s); fee 40.00 for 2 month(s), invoiced to the holder\"",
                "CLUB," + contractHolderless + ",2025-03-01,2025-01-30,1,30,1,25.00,,the freeze ends on 2025-03-01: thawed "
                        + "after 30 day(s) frozen; the contract and every enrollee extended by 30 day(s); fee 25.00 NOT "
                        + "invoiced: the holder has no billing account; invoice it by hand", ""));

        assertThat(jobOperator.start(freezeExpiryJob, params(D)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForList("select invoice_number || ' ' || amount from invoices order by invoice_number", String.class))
                .containsExactlyInAnyOrder("FRZ-" + contractLevel + "-" + firstFreeze(contractLevel) + " 50.00",
                        "FRZ-" + family + "-" + firstFreeze(family) + " 40.00");
    }

    long firstFreeze(long contract) {
        return jdbc.queryForObject("select min(f.id) from freezes f join enrollments e on e.id = f.enrollment_id where e.contract_id = ?",
                Long.class, contract);
    }
}
