package io.billcycle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Freeze and thaw on PostgreSQL: levels, extensions for all enrollees, the fee invoiced once, dry runs, refusals. */
class MembershipsCommandTest extends CliTest {

    long club;
    long account;
    long facility;

    @BeforeEach
    void club() {
        club = fixtures.organization("CLUB");
        account = fixtures.account(club, "C-1");
        facility = jdbc.queryForObject("insert into facilities (organization_id, short_name) values (?, 'Main') returning id", Long.class, club);
    }

    long plan(String level, String perEnrollment, String perContract) {
        return jdbc.queryForObject("""
                insert into plans (organization_id, name, plan_type, billing_type, freeze_level, freeze_fee_per_enrollment,
                                   freeze_fee_per_contract)
                values (?, ?, 1, 0, ?, ?::numeric, ?::numeric) returning id""", Long.class, club, level + " plan", level,
                perEnrollment, perContract);
    }

    /** A contract ending 2025-12-31 with {@code members} enrollments; returns the contract id. */
    long contract(long plan, int members) {
        long holder = jdbc.queryForObject("insert into customers (organization_id, first_name, last_name, account_id) values (?, 'Pat', 'Doe', ?) returning id",
                Long.class, club, account);
        long contract = jdbc.queryForObject("""
                insert into contracts (plan_id, facility_id, customer_id, end_date_local)
                values (?, ?, ?, '2025-12-31 23:59:00') returning id""", Long.class, plan, facility, holder);
        for (int i = 0; i < members; i++) {
            jdbc.update("insert into enrollments (contract_id, customer_id, current_status, calculated_end_date) values (?, ?, 1, '2025-12-31')",
                    contract, holder);
        }
        return contract;
    }

    List<Long> enrollments(long contract) {
        return jdbc.queryForList("select id from enrollments where contract_id = ? order by id", Long.class, contract);
    }

    List<String> state(long contract) {
        return jdbc.queryForList("""
                select e.id || ' ' || e.current_status || ' ' || e.calculated_end_date || ' ' || c.end_date_local
                  from enrollments e join contracts c on c.id = e.contract_id where c.id = ? order by e.id""", String.class, contract);
    }

    @Test
    void aContractLevelThawExtendsEveryEnrolleeAndInvoicesTheFeeOnce() {
        long contract = contract(plan("CONTRACT", null, "25.00"), 2);
        assertThat(cli("memberships", "freeze", "--contract", Long.toString(contract), "--start", "2025-01-01", "--reason", "injury").out())
                .isEqualTo("contract " + contract + ": 2 enrollment(s) frozen from 2025-01-01\n");
        assertThat(jdbc.queryForList("select distinct current_status from enrollments", Integer.class)).containsExactly(2);

        Map<String, String> before = fingerprint();
        Result dry = cli("memberships", "thaw", "--contract", Long.toString(contract), "--date", "2025-02-01", "--dry-run");
        assertThat(dry.out()).startsWith("dry run, nothing changed: contract " + contract + ": 2 enrollment(s) thawed on 2025-02-01 "
                + "after 31 day(s) frozen; contract ends 2026-01-31").contains("freeze fee 50.00 for 2 month(s), to be invoiced as FRZ-");
        assertThat(fingerprint()).isEqualTo(before);

        Result thaw = cli("memberships", "thaw", "--contract", Long.toString(contract), "--date", "2025-02-01");
        assertThat(thaw.code()).as(thaw.toString()).isZero();
        List<Long> ids = enrollments(contract);
        assertThat(state(contract)).containsExactly(ids.get(0) + " 1 2026-01-31 2026-01-31 23:59:00",
                ids.get(1) + " 1 2026-01-31 2026-01-31 23:59:00");
        assertThat(jdbc.queryForObject("select amount || ' ' || invoice_number from invoices", String.class)).startsWith("50.00 FRZ-" + contract + "-");
        assertThat(jdbc.queryForObject("select count(*) from ledger_entries where kind = 'CHARGE' and amount = 50.00", Integer.class)).isOne();
        assertThat(jdbc.queryForList("select status || ' ' || date from enrollment_statuses where enrollment_id = ? order by id", String.class, ids.get(0)))
                .containsExactly("2 2025-01-01", "1 2025-02-01");

        Result again = cli("memberships", "thaw", "--contract", Long.toString(contract), "--date", "2025-02-01");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).isEqualTo("error: nothing is frozen on contract " + contract + "; nothing changed\n");
        assertThat(jdbc.queryForObject("select count(*) from invoices", Integer.class)).isOne();
    }

    @Test
    void anEnrollmentLevelThawOfOneMemberExtendsTheWholeFamilyAndTheLevelsAreKept() {
        long family = contract(plan("ENROLLMENT", "10.00", null), 3);
        List<Long> ids = enrollments(family);
        Result wrongLevel = cli("memberships", "freeze", "--contract", Long.toString(family), "--start", "2025-01-01");
        assertThat(wrongLevel.code()).isEqualTo(1);
        assertThat(wrongLevel.err()).startsWith("error: plan 'ENROLLMENT plan' freezes enrollments one by one");
        assertThat(cli("memberships", "freeze", "--contract", Long.toString(family), "--enrollment", ids.get(0) + "," + ids.get(1),
                "--start", "2025-01-01").code()).isZero();

        Result thaw = cli("memberships", "thaw", "--contract", Long.toString(family), "--enrollment", Long.toString(ids.get(0)),
                "--date", "2025-01-31");
        assertThat(thaw.code()).as(thaw.toString()).isZero();
        assertThat(thaw.out()).contains("freeze fee 10.00 for 1 month(s)");
        assertThat(state(family)).containsExactly(ids.get(0) + " 1 2026-01-30 2026-01-30 23:59:00",
                ids.get(1) + " 2 2026-01-30 2026-01-30 23:59:00", ids.get(2) + " 1 2026-01-30 2026-01-30 23:59:00");

        long single = contract(plan("CONTRACT", null, null), 1);
        Result reverse = cli("memberships", "freeze", "--contract", Long.toString(single), "--enrollment",
                Long.toString(enrollments(single).get(0)), "--start", "2025-01-01");
        assertThat(reverse.err()).startsWith("error: plan 'CONTRACT plan' freezes whole contracts");
        assertThat(cli("memberships", "freeze", "--contract", Long.toString(single), "--start", "2025-03-01").code()).isZero();
        Result sameDay = cli("memberships", "thaw", "--contract", Long.toString(single), "--date", "2025-03-01");
        assertThat(sameDay.out()).contains("after 0 day(s) frozen; contract ends 2025-12-31", "freeze fee 0.00 for 0 month(s)\n");
        assertThat(jdbc.queryForObject("select count(*) from invoices", Integer.class)).isOne();
        assertThat(cli("memberships", "freeze", "--contract", "999", "--start", "2025-03-01").err())
                .isEqualTo("error: --contract: no contract 999 in organization CLUB\n");
    }

    @Test
    void anOverrideAndAManualStatusNeverExtendAnything() {
        long contract = contract(plan("CONTRACT", null, "25.00"), 2);
        List<Long> ids = enrollments(contract);
        assertThat(cli("memberships", "freeze", "--contract", Long.toString(contract), "--start", "2025-01-01").code()).isZero();

        assertThat(cli("memberships", "override-end-date", "--contract", Long.toString(contract), "--date", "2026-03-15").out())
                .isEqualTo("contract " + contract + ": ends 2026-03-15\n");
        assertThat(cli("memberships", "set-status", "--enrollment", Long.toString(ids.get(0)), "--status", "active",
                "--date", "2025-02-01").code()).isZero();
        assertThat(state(contract)).containsExactly(ids.get(0) + " 1 2026-03-15 2026-03-15 23:59:00",
                ids.get(1) + " 2 2026-03-15 2026-03-15 23:59:00");
        assertThat(jdbc.queryForObject("select count(*) from invoices", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select thawed_on::text from freezes where enrollment_id = ?", String.class, ids.get(0)))
                .isEqualTo("2025-02-01");
        assertThat(cli("memberships", "set-status", "--enrollment", Long.toString(ids.get(0)), "--status", "sleeping",
                "--date", "2025-02-01").err()).isEqualTo("error: --status must be one of ACTIVE, FROZEN, PENDING, TERMINATED, got 'sleeping'\n");

        // thawing the rest afterwards extends from the overridden end, as the platform does
        Result thaw = cli("memberships", "thaw", "--contract", Long.toString(contract), "--date", "2025-01-11");
        assertThat(thaw.out()).contains("1 enrollment(s) thawed on 2025-01-11 after 10 day(s) frozen; contract ends 2026-03-25");
    }
}
