package io.billcycle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three monthly cycles with bank payments imported between them, checked month by month against figures computed by
 * hand: a 100.00 monthly plan due 10 days after each period starts, finance charges at 18% a year on principal more
 * than 30 days past due (minimum 1.00, minimum balance 5.00), a minimum payment of 25.00 and three dunning levels.
 */
class ThreeMonthScenarioTest extends CliTest {

    @TempDir
    Path files;

    String statement(String date) {
        return jdbc.queryForObject("""
                select 'prev ' || previous_balance || ' ch ' || charges || ' fc ' || finance_charges || ' pay ' || payments
                       || ' bal ' || balance || ' pd ' || past_due || ' aging ' || aging_current || '/' || aging_1_30 || '/'
                       || aging_31_60 || '/' || aging_61_90 || '/' || aging_91_plus || ' min ' || minimum_due
                       || ' L' || dunning_level || ' ' || dunning_reason
                  from statements where statement_date = ?::date""", String.class, date);
    }

    String financeCharge(String date) {
        return jdbc.queryForObject("""
                select coalesce((select base_amount || ' -> ' || charge || ', next ' || next_finance_charge_date
                                   from finance_charges where assessed_on = ?::date), 'none')""", String.class, date);
    }

    void pay(String date, String amount, String reference) throws IOException {
        Path bank = Files.writeString(files.resolve(reference + ".csv"),
                "account_number,payment_date,amount,reference,method\nA-1," + date + "," + amount + "," + reference + ",transfer\n");
        Result imported = cli("ledger", "import-payments", bank.toString(), "--org", "PRAC");
        assertThat(imported.code()).as(imported.toString()).isZero();
    }

    void cycle(String date) {
        Result cycle = cli("cycle", "--date", date);
        assertThat(cycle.code()).as(cycle.toString()).isZero();
    }

    @Test
    void chargesFinanceChargesBalancesAgingAndLevelsMonthByMonth() throws IOException {
        long org = fixtures.organization("PRAC", 10, 12);
        jdbc.update("""
                update organizations set minimum_payment_amount = 25.00, finance_charges_enabled = true,
                       finance_charge_annual_rate = 18.000, finance_charge_minimum = 1.00, finance_charge_min_balance = 5.00,
                       finance_charge_grace_days = 30 where id = ?""", org);
        jdbc.update("""
                insert into dunning_levels (organization_id, level, message)
                values (?, 1, 'Past due.'), (?, 2, 'Second notice.'), (?, 3, 'Final notice.')""", org, org, org);
        fixtures.plan(org, fixtures.account(org, "A-1")).amount("100.00").start("2024-01-01").create();

        // January: the first invoice is due Jan 11, 20 days past due: within the grace days, so no finance charge
        cycle("2024-01-31");
        assertThat(financeCharge("2024-01-31")).isEqualTo("none");
        assertThat(statement("2024-01-31")).isEqualTo("prev 0.00 ch 100.00 fc 0.00 pay 0.00 bal 100.00 pd 100.00 "
                + "aging 0.00/100.00/0.00/0.00/0.00 min 25.00 L0 no previous statement: stays at level 0");

        // February: 20.00 paid, less than the 25.00 asked. January's 80.00 left is 49 days past due: 80.00 x 1.5% = 1.20
        pay("2024-02-15", "20.00", "BK-1");
        cycle("2024-02-29");
        assertThat(financeCharge("2024-02-29")).isEqualTo("80.00 -> 1.20, next 2024-03-29");
        assertThat(statement("2024-02-29")).isEqualTo("prev 100.00 ch 100.00 fc 1.20 pay 20.00 bal 181.20 pd 180.00 "
                + "aging 1.20/100.00/80.00/0.00/0.00 min 25.00 L1 minimum 25.00 due, 20.00 paid since 2024-01-31: level 0 -> 1");

        // March: 60.00 paid, 80.00 in all. Oldest due first, they leave 20.00 of January's charge open; February's
        // 100.00, the 1.20 finance charge and March's charge stay open. More than 30 days past due: January's 20.00
        // and February's 100.00 (never the finance charge): 120.00 x 1.5% = 1.80
        pay("2024-03-10", "60.00", "BK-2");
        cycle("2024-03-31");
        assertThat(financeCharge("2024-03-31")).isEqualTo("120.00 -> 1.80, next 2024-04-29");
        assertThat(statement("2024-03-31")).isEqualTo("prev 181.20 ch 100.00 fc 1.80 pay 60.00 bal 223.00 pd 221.20 "
                + "aging 1.80/100.00/101.20/20.00/0.00 min 25.00 L1 minimum 25.00 due, 60.00 paid since 2024-02-29: stays at level 1");
        assertThat(jdbc.queryForObject("""
                select next_statement_date || ' ' || next_finance_charge_date || ' ' || orig_finance_charge_date
                  from accounts""", String.class)).isEqualTo("2024-04-30 2024-04-29 2024-02-29");

        // the cycle again for March changes nothing
        String ledger = jdbc.queryForObject("select count(*) || ' ' || sum(amount) from ledger_entries", String.class);
        cycle("2024-03-31");
        assertThat(jdbc.queryForObject("select count(*) || ' ' || sum(amount) from ledger_entries", String.class)).isEqualTo(ledger);
    }
}
