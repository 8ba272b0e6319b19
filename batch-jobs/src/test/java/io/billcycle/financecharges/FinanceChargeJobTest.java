package io.billcycle.financecharges;

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
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;

import io.billcycle.batch.BusinessRun;
import io.billcycle.testsupport.JobTest;

/** The whole job on PostgreSQL: who is charged, how much, the dates, reruns, a restart after a failure, the file. */
class FinanceChargeJobTest extends JobTest {

    static final LocalDate D = LocalDate.parse("2024-03-31");

    @Autowired
    Job financeChargeAssessmentJob;

    long org;
    long charged;
    long underMinimum;
    long waived;
    long classOff;
    long notYet;
    long anchored;
    long paidUp;

    @BeforeEach
    void accounts() {
        org = fixtures.organization("ACME");
        jdbc.update("""
                update organizations set finance_charges_enabled = true, finance_charge_annual_rate = 18.000,
                       finance_charge_minimum = 1.00, finance_charge_min_balance = 5.00, finance_charge_grace_days = 30
                 where id = ?""", org);
        long noCharges = jdbc.queryForObject("""
                insert into account_classes (organization_id, code, assess_finance_charges) values (?, 'STAFF', false)
                returning id""", Long.class, org);
        charged = account("A-1", "120.00", "2024-01-31");          // 60 days past due: 120.00 x 1.5% = 1.80
        underMinimum = account("A-2", "4.99", "2024-01-31");       // under the minimum balance
        waived = account("A-3", "500.00", "2024-01-31");
        jdbc.update("update accounts set waive_finance_charges = true where id = ?", waived);
        classOff = account("A-4", "500.00", "2024-01-31");
        jdbc.update("update accounts set account_class_id = ? where id = ?", noCharges, classOff);
        notYet = account("A-5", "500.00", "2024-01-31");
        jdbc.update("update accounts set next_finance_charge_date = '2024-04-01' where id = ?", notYet);
        anchored = account("A-6", "10.00", "2024-02-15");          // 45 days; 0.15 raised to the minimum 1.00
        jdbc.update("""
                update accounts set orig_finance_charge_date = '2023-10-31', last_finance_charge_date = '2024-02-29',
                       next_finance_charge_date = '2024-03-31' where id = ?""", anchored);
        paidUp = account("A-7", "200.00", "2024-01-31");
        entry(paidUp, "2024-03-01", "PAYMENT", "-200.00", "2024-03-01");
        entry(charged, "2024-03-30", "ADJUSTMENT", "50.00", "2024-03-30");   // recent: within the grace days
    }

    long account(String number, String pastDue, String dueDate) {
        long account = fixtures.account(org, number);
        entry(account, dueDate, "ADJUSTMENT", pastDue, dueDate);
        return account;
    }

    void entry(long account, String date, String kind, String amount, String due) {
        jdbc.update("""
                insert into ledger_entries (account_id, entry_date, kind, amount, due_date, created_by)
                values (?, ?::date, ?, ?, ?::date, 'test')""", account, date, kind, new BigDecimal(amount), due);
    }

    /** Everything the job decides. */
    Map<String, List<String>> state() {
        return Map.of(
                "charges", jdbc.queryForList("""
                        select account_id || ' ' || assessed_on || ' ' || base_amount || ' ' || charge || ' next '
                               || next_finance_charge_date || ' ' || reason
                          from finance_charges order by account_id""", String.class),
                "ledger", jdbc.queryForList("""
                        select account_id || ' ' || amount || ' ' || entry_date || ' due ' || due_date
                          from ledger_entries where kind = 'FINANCE_CHARGE' order by account_id""", String.class),
                "accounts", jdbc.queryForList("""
                        select id || ' ' || coalesce(orig_finance_charge_date::text, '-') || ' '
                               || coalesce(last_finance_charge_date::text, '-') || ' '
                               || coalesce(next_finance_charge_date::text, '-')
                          from accounts order by id""", String.class));
    }

    @Test
    void eligibleAccountsArePostedTheRuleAndTheirDatesMove() throws Exception {
        JobExecution run = launch(financeChargeAssessmentJob, params(D));

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(state().get("charges")).containsExactly(
                charged + " 2024-03-31 120.00 1.80 next 2024-04-30 base 120.00 past due over 30 days: 120.00 x 18% / 12 = 1.80",
                anchored + " 2024-03-31 10.00 1.00 next 2024-04-30 base 10.00 past due over 30 days: 10.00 x 18% / 12 = 0.15, "
                        + "raised to the minimum 1.00");
        assertThat(state().get("ledger")).containsExactly(charged + " 1.80 2024-03-31 due 2024-03-31",
                anchored + " 1.00 2024-03-31 due 2024-03-31");
        assertThat(state().get("accounts")).contains(charged + " 2024-03-31 2024-03-31 2024-04-30",
                anchored + " 2023-10-31 2024-03-31 2024-04-30", underMinimum + " - - -", waived + " - - -",
                classOff + " - - -", notYet + " - - 2024-04-01", paidUp + " - - -");
        assertThat(Files.readString(exportDir().resolve("finance-charge-assessment/finance-charge-assessment-ACME-2024-03-31.csv")))
                .isEqualTo("""
                        account_number,account_name,entry_date,base_amount,charge,next_finance_charge_date\r
                        A-1,Holder of A-1,2024-03-31,120.00,1.80,2024-04-30\r
                        A-6,Holder of A-6,2024-03-31,10.00,1.00,2024-04-30\r
                        """);
        assertThat(counter(run, "assess-accounts", FinanceChargeWriter.CHARGED)).isEqualTo(2);
    }

    @Test
    void aRerunAForcedRerunAndTheNextDayAddNothing() throws Exception {
        launch(financeChargeAssessmentJob, params(D));
        Map<String, List<String>> once = state();

        launch(financeChargeAssessmentJob, BusinessRun.forced(params(D), "again"));
        assertThat(state()).isEqualTo(once);
        launch(financeChargeAssessmentJob, params(D.plusDays(1)));
        // the next day only A-5's date has come: 500.00, now 61 days past due
        assertThat(state().get("charges")).hasSize(3).containsAll(once.get("charges"))
                .anySatisfy(row -> assertThat(row).startsWith(notYet + " 2024-04-01 500.00 7.50 next 2024-05-01 "));
        assertThat(state().get("accounts")).contains(notYet + " 2024-04-01 2024-04-01 2024-05-01");
    }

    @Test
    void aFailureMidRunThenARestartEndsLikeOneCleanRun() throws Exception {
        long last = account("A-8", "300.00", "2024-01-31");
        launch(financeChargeAssessmentJob, params(D));
        Map<String, List<String>> clean = state();
        emptyTables();
        accounts();
        last = account("A-8", "300.00", "2024-01-31");
        // eligible in chunks of 3: commit; fail on A-8
        jdbc.execute("""
                create function fail_once() returns trigger language plpgsql as $$
                begin
                  if new.account_id = %d then raise exception 'injected failure'; end if;
                  return new;
                end $$""".formatted(last));
        jdbc.execute("create trigger fail_once before insert on finance_charges for each row execute function fail_once()");
        try {
            JobExecution failed = launch(financeChargeAssessmentJob, params(D));
            assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(jdbc.queryForObject("select count(*) from finance_charges", Integer.class)).isEqualTo(2);
        } finally {
            jdbc.execute("drop trigger fail_once on finance_charges");
            jdbc.execute("drop function fail_once()");
        }
        JobExecution restarted = launch(financeChargeAssessmentJob, params(D));
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(state()).isEqualTo(clean);
    }

    @Test
    void anOrganizationWithoutFinanceChargesIsNotAssessed() throws Exception {
        jdbc.update("update organizations set finance_charges_enabled = false where id = ?", org);
        launch(financeChargeAssessmentJob, params(D));
        assertThat(state().get("charges")).isEmpty();
        assertThat(Files.readString(exportDir().resolve("finance-charge-assessment/finance-charge-assessment-ACME-2024-03-31.csv")))
                .isEqualTo("account_number,account_name,entry_date,base_amount,charge,next_finance_charge_date\r\n");
    }
}
