package io.billcycle.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
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

/** Statements month by month on PostgreSQL: figures, dunning with reasons, messages, dates, reruns, the print file. */
class StatementJobTest extends JobTest {

    static final LocalDate JAN = LocalDate.parse("2024-01-31");
    static final LocalDate FEB = LocalDate.parse("2024-02-29");
    static final LocalDate MAR = LocalDate.parse("2024-03-31");

    @Autowired
    Job statementCycleJob;

    long org;
    long late;
    long quiet;
    long suspended;
    long returned;
    long overridden;
    long oneTime;

    @BeforeEach
    void accounts() {
        org = fixtures.organization("ACME");
        jdbc.update("update organizations set minimum_payment_amount = 25.00 where id = ?", org);
        jdbc.update("""
                insert into dunning_levels (organization_id, level, message)
                values (?, 1, 'Your account is past due.'), (?, 2, E'Second notice: please pay now.\\nCall us at 555-0100.'),
                       (?, 3, 'Final notice.')""", org, org, org);
        late = fixtures.account(org, "A-1");
        entry(late, "2024-01-01", "ADJUSTMENT", "100.00", "2024-01-15");
        quiet = fixtures.account(org, "A-2");
        suspended = fixtures.account(org, "A-3");
        entry(suspended, "2024-01-01", "ADJUSTMENT", "10.00", "2024-01-15");
        jdbc.update("update accounts set statements_suspended = true where id = ?", suspended);
        returned = fixtures.account(org, "A-4");
        entry(returned, "2024-01-01", "ADJUSTMENT", "10.00", "2024-01-15");
        jdbc.update("update accounts set returned_mail = true where id = ?", returned);
        overridden = fixtures.account(org, "A-5");
        entry(overridden, "2024-01-20", "ADJUSTMENT", "30.00", "2024-02-20");
        jdbc.update("""
                update accounts set override_billing_message = E'Office closed\\nuntil February 5', billing_message = 'Kept',
                       payment_plan_amount = 15.00 where id = ?""", overridden);
        oneTime = fixtures.account(org, "A-6");
        entry(oneTime, "2024-01-20", "ADJUSTMENT", "50.00", "2024-02-20");
        jdbc.update("update accounts set billing_message = 'Happy new year' where id = ?", oneTime);
    }

    void entry(long account, String date, String kind, String amount, String due) {
        jdbc.update("""
                insert into ledger_entries (account_id, entry_date, kind, amount, due_date, created_by)
                values (?, ?::date, ?, ?, ?::date, 'test')""", account, date, kind, new BigDecimal(amount), due);
    }

    List<String> statements(LocalDate date) {
        return jdbc.queryForList("""
                select a.account_number || ' prev ' || s.previous_balance || ' ch ' || s.charges || ' fc ' || s.finance_charges
                       || ' adj ' || s.adjustments || ' pay ' || s.payments || ' bal ' || s.balance || ' pd ' || s.past_due
                       || ' min ' || s.minimum_due || ' L' || s.dunning_level || ' [' || coalesce(s.message_lines, '') || '] '
                       || s.dunning_reason
                  from statements s join accounts a on a.id = s.account_id
                 where s.statement_date = ? order by a.account_number""", String.class, date);
    }

    Map<String, List<String>> state() {
        return Map.of("statements", jdbc.queryForList("""
                        select account_id || ' ' || statement_date || ' ' || balance || ' ' || dunning_level || ' ' || dunning_reason
                          from statements order by account_id, statement_date""", String.class),
                "accounts", jdbc.queryForList("""
                        select id || ' ' || dunning_level || ' ' || coalesce(first_statement_date::text, '-') || ' '
                               || coalesce(last_statement_date::text, '-') || ' ' || coalesce(next_statement_date::text, '-')
                               || ' ' || coalesce(billing_message, '-')
                          from accounts order by id""", String.class));
    }

    @Test
    void threeMonthlyCyclesStateFiguresDunningAndMessages() throws Exception {
        assertThat(launch(statementCycleJob, params(JAN)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(statements(JAN)).containsExactly(
                "A-1 prev 0.00 ch 0.00 fc 0.00 adj 100.00 pay 0.00 bal 100.00 pd 100.00 min 25.00 L0 [] "
                        + "no previous statement: stays at level 0",
                "A-5 prev 0.00 ch 0.00 fc 0.00 adj 30.00 pay 0.00 bal 30.00 pd 0.00 min 15.00 L0 [Office closed\nuntil February 5] "
                        + "nothing past due: level 0 -> 0",
                "A-6 prev 0.00 ch 0.00 fc 0.00 adj 50.00 pay 0.00 bal 50.00 pd 0.00 min 25.00 L0 [Happy new year] "
                        + "nothing past due: level 0 -> 0");
        assertThat(state().get("accounts")).contains(late + " 0 2024-01-31 2024-01-31 2024-02-29 -",
                quiet + " 0 - - - -", overridden + " 0 2024-01-31 2024-01-31 2024-02-29 Kept",
                oneTime + " 0 2024-01-31 2024-01-31 2024-02-29 -");   // a one-time message is cleared once printed

        entry(late, "2024-02-10", "PAYMENT", "-10.00", "2024-02-10");          // less than the 25.00 asked
        launch(statementCycleJob, params(FEB));
        assertThat(statements(FEB)).first().asString().isEqualTo(
                "A-1 prev 100.00 ch 0.00 fc 0.00 adj 0.00 pay 10.00 bal 90.00 pd 90.00 min 25.00 L1 [Your account is past due.] "
                        + "minimum 25.00 due, 10.00 paid since 2024-01-31: level 0 -> 1");

        entry(late, "2024-03-05", "PAYMENT", "-25.00", "2024-03-05");          // exactly what was asked
        launch(statementCycleJob, params(MAR));
        assertThat(statements(MAR)).first().asString().isEqualTo(
                "A-1 prev 90.00 ch 0.00 fc 0.00 adj 0.00 pay 25.00 bal 65.00 pd 65.00 min 25.00 L1 [Your account is past due.] "
                        + "minimum 25.00 due, 25.00 paid since 2024-02-29: stays at level 1");
        assertThat(state().get("accounts")).contains(late + " 1 2024-01-31 2024-03-31 2024-04-30 -");
        assertThat(jdbc.queryForObject("select count(*) from statements where account_id in (?, ?, ?)", Integer.class,
                quiet, suspended, returned)).isZero();

        String file = Files.readString(exportDir().resolve("statement-cycle/statement-cycle-ACME-2024-03-31.csv"));
        assertThat(file.lines().findFirst().orElseThrow()).isEqualTo("account_number,account_name,address_line1,address_line2,"
                + "city,region,postal_code,statement_date,previous_balance,charges,finance_charges,adjustments,payments,balance,"
                + "minimum_due,past_due,aging_current,aging_1_30,aging_31_60,aging_61_90,aging_91_plus,dunning_level,message_1,"
                + "message_2,message_3,message_4,dunning_reason");
        assertThat(file).contains("A-1,Holder of A-1,1 Main St,,Springfield,IL,62701,2024-03-31,90.00,0.00,0.00,0.00,25.00,"
                + "65.00,25.00,65.00,0.00,0.00,0.00,65.00,0.00,1,Your account is past due.,,,,"
                + "\"minimum 25.00 due, 25.00 paid since 2024-02-29: stays at level 1\"\r\n");
    }

    @Test
    void aForcedRerunAddsNothingAndARestartEndsLikeOneCleanRun() throws Exception {
        launch(statementCycleJob, params(JAN));
        Map<String, List<String>> clean = state();
        launch(statementCycleJob, BusinessRun.forced(params(JAN), "again"));
        assertThat(state()).isEqualTo(clean);

        emptyTables();
        accounts();
        jdbc.execute("""
                create function fail_once() returns trigger language plpgsql as $$
                begin
                  if new.account_id = %d then raise exception 'injected failure'; end if;
                  return new;
                end $$""".formatted(oneTime));
        jdbc.execute("create trigger fail_once before insert on statements for each row execute function fail_once()");
        try {
            // chunks of 3 due accounts: A-1, A-2 (nothing to say), A-5 commit; A-6 fails
            assertThat(launch(statementCycleJob, params(JAN)).getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(jdbc.queryForObject("select count(*) from statements", Integer.class)).isEqualTo(2);
        } finally {
            jdbc.execute("drop trigger fail_once on statements");
            jdbc.execute("drop function fail_once()");
        }
        assertThat(launch(statementCycleJob, params(JAN)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(state()).isEqualTo(clean);
    }
}
