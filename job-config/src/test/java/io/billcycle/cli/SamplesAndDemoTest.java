package io.billcycle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Sample data is the same for the same scale and seed, covers the rule cases, and the demo runs a cycle on it. */
class SamplesAndDemoTest extends CliTest {

    List<String> plans() {
        return jdbc.queryForList("""
                select o.code || ' ' || a.account_number || ' ' || p.subject || ' ' || p.amount || ' ' || p.frequency
                       || ' ' || p.start_date || ' ' || coalesce(p.end_date::text, '-') || ' ' || p.lead_days || ' '
                       || p.next_period_start || ' ' || p.status
                  from billing_plans p join organizations o on o.id = p.organization_id
                  join accounts a on a.id = p.account_id order by p.id""", String.class);
    }

    @Test
    void theSameScaleAndSeedGiveTheSameData() {
        assertThat(cli("samples", "load", "--scale", "30", "--seed", "7").code()).isZero();
        List<String> first = plans();
        emptyTables();
        cli("samples", "load", "--scale", "30", "--seed", "7");
        assertThat(plans()).isEqualTo(first).hasSize(3 * (30 + 14));
        emptyTables();
        cli("samples", "load", "--scale", "30", "--seed", "8");
        assertThat(plans()).isNotEqualTo(first);
        Result twice = cli("samples", "load");
        assertThat(twice.code()).isEqualTo(1);
        assertThat(twice.err()).contains("samples are already loaded");
    }

    @Test
    void theSamplesCoverEveryCaseAndTheDemoRunsACycleOnThem() throws java.io.IOException {
        Result demo = cli("demo");
        assertThat(demo.code()).as(demo.toString()).isZero();
        assertThat(demo.out()).contains("samples: loaded 3 organizations").contains("invoice-generation execution 1: COMPLETED")
                .contains("invoice-generation-AGENCY-2025-01-31.csv").contains("export files are in");
        assertThat(jdbc.queryForList("select distinct frequency from billing_plans order by 1", String.class))
                .containsExactly("BIWEEKLY", "MONTHLY", "QUARTERLY", "WEEKLY", "YEARLY");
        assertThat(jdbc.queryForList("select distinct payment_terms_days from organizations order by 1", Integer.class))
                .containsExactly(0, 7, 30);
        assertThat(jdbc.queryForObject("select count(*) from billing_plan_parkings", Integer.class)).isGreaterThanOrEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from billing_plan_status_changes where reason = 'ENDED'", Integer.class))
                .isGreaterThanOrEqualTo(6);
        // a catch-up across a short February, back on the 31st
        assertThat(jdbc.queryForList("""
                select i.period_start::text from invoices i join billing_plans p on p.id = i.billing_plan_id
                 join organizations o on o.id = p.organization_id
                 where p.subject = 'Month-end 31st' and o.code = 'AGENCY' order by 1""", String.class))
                .containsExactly("2024-11-30", "2024-12-31", "2025-01-31");
        // lead days: billed ahead of the period
        assertThat(jdbc.queryForObject("""
                select count(*) from invoices i join billing_plans p on p.id = i.billing_plan_id
                 where p.subject = 'Billed ahead' and i.period_start = date '2025-02-05'""", Integer.class)).isEqualTo(3);
        // never billed: paused, inactive and voided plans
        assertThat(jdbc.queryForObject("""
                select count(*) from invoices i join billing_plans p on p.id = i.billing_plan_id
                 where p.subject in ('On leave', 'Finished', 'Entered by mistake')""", Integer.class)).isZero();
        // parked plans: counted in the summary, listed on request
        int parked = jdbc.queryForObject("""
                select count(*) from billing_plan_parkings k join billing_plans p on p.id = k.billing_plan_id
                 join organizations o on o.id = p.organization_id where o.code = 'AGENCY'""", Integer.class);
        assertThat(demo.out()).contains(parked + " plan(s) parked: more periods due than their organization allows in one "
                + "run; list them with: billcycle plans list --org AGENCY --parked-on 2025-01-31");
        Result listed = cli("plans", "list", "--org", "AGENCY", "--parked-on", "2025-01-31");
        assertThat(listed.code()).as(listed.toString()).isZero();
        assertThat(listed.out().lines().skip(1).map(line -> Long.parseLong(line.trim().split("\\s+")[0])).toList())
                .isEqualTo(jdbc.queryForList("""
                        select k.billing_plan_id from billing_plan_parkings k join billing_plans p on p.id = k.billing_plan_id
                         join organizations o on o.id = p.organization_id where o.code = 'AGENCY' order by 1""", Long.class))
                .isNotEmpty();
        // finance charges: only the practice charges them, never on its staff class or its waived accounts
        assertThat(demo.out()).contains("finance-charge-assessment execution").containsPattern("assess-accounts +COMPLETED .* accounts, [1-9][0-9]* charged");
        assertThat(jdbc.queryForList("""
                select distinct o.code from finance_charges f join organizations o on o.id = f.organization_id""", String.class))
                .containsExactly("PRACTICE");
        assertThat(jdbc.queryForObject("""
                select count(*) from finance_charges f join accounts a on a.id = f.account_id
                  join account_classes c on c.id = a.account_class_id
                 where c.code = 'STAFF' or a.waive_finance_charges""", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from accounts a join account_classes c on c.id = a.account_class_id
                 where c.code = 'STAFF' and exists (select 1 from ledger_entries l where l.account_id = a.id
                                                      and l.due_date < date '2025-01-01')""", Integer.class))
                .as("a staff account with something past due, so that the exclusion is tested").isPositive();
        // payments: full, partial, late and over-payments, and accounts that pay nothing
        assertThat(jdbc.queryForList("select distinct method from payments order by 1", String.class))
                .containsExactly("card", "cheque", "transfer");
        assertThat(jdbc.queryForObject("select count(*) from statements where balance < 0", Integer.class))
                .as("an over-payment leaves a credit balance").isPositive();
        assertThat(jdbc.queryForObject("select count(*) from statements where payments = 0 and balance > 0", Integer.class))
                .isPositive();
        // statements: the demo date is every sample account's first statement date
        assertThat(demo.out()).contains("statement-cycle execution").containsPattern("state-accounts +COMPLETED .* accounts, [1-9][0-9]* statements");
        assertThat(jdbc.queryForObject("select count(*) from statements where statement_date = '2025-01-31'", Integer.class))
                .isEqualTo(jdbc.queryForObject("""
                        select count(distinct l.account_id) from ledger_entries l join accounts a on a.id = l.account_id
                         where l.entry_date <= '2025-01-31' and not a.statements_suspended and not a.returned_mail""",
                        Integer.class));
        assertThat(jdbc.queryForList("""
                select distinct s.dunning_reason from statements s join accounts a on a.id = s.account_id
                 where s.statement_date = '2025-01-31' and right(a.account_number, 1) = '9' and s.dunning_level = 3""",
                String.class)).anySatisfy(reason -> assertThat(reason).endsWith("stays at the highest level 3"));
        assertThat(jdbc.queryForObject("""
                select count(*) from statements s join accounts a on a.id = s.account_id
                 where s.statement_date = '2025-01-31' and s.message_lines like 'Our office moves on March 1:%'""",
                Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("""
                select count(*) from statements s join accounts a on a.id = s.account_id
                 where s.statement_date = '2025-01-31' and (a.statements_suspended or a.returned_mail)""", Integer.class))
                .isZero();
        // the grace-day boundary: 30 days past due is not charged, 31 days is
        assertThat(jdbc.queryForList("""
                select a.account_number || ' ' || f.charge from finance_charges f join accounts a on a.id = f.account_id
                 where a.account_number in ('P-900001', 'P-900004')""", String.class)).containsExactly("P-900004 1.50");
        // collections: accounts enter and transfer, a plan defaults, the suppressed group never appears
        assertThat(demo.out()).contains("collection-roster execution").contains("collection-roster-AGENCY-2025-01-31.csv");
        assertThat(jdbc.queryForList("select distinct reason from collection_roster order by 1", String.class))
                .contains("ENTERED", "TRANSFERRED").containsAnyOf("PLAN_DEFAULTED", "BECAME_DELINQUENT");
        assertThat(jdbc.queryForObject("""
                select count(*) from collection_roster r join accounts a on a.id = r.account_id
                  join billing_groups g on g.id = a.billing_group_id where g.suppress_collections""", Integer.class)).isZero();
        Result risk = cli("payment-plans", "at-risk", "--org", "AGENCY", "--date", "2025-01-31");
        assertThat(risk.code()).as(risk.toString()).isZero();
        // provider payments: the demo exports December's authorized payments and adjustment, and nothing else
        assertThat(demo.out()).contains("provider-payment-export execution").containsPattern("assign-batch +COMPLETED .* 4 paid");
        long batch = jdbc.queryForObject("select id from export_batches where kind = 'provider-payments'", Long.class);
        Path providerFile = EXPORTS.resolve("provider-payment-export/provider-payment-export-AGENCY-2025-01-31-" + batch + ".csv");
        assertThat(providerFile).exists();
        assertThat(Files.readString(providerFile)).contains(",'@Home Childcare,2024-12,615.00,").hasLineCount(5);
        assertThat(jdbc.queryForList("select distinct payment_status from provider_payments order by 1", String.class))
                .containsExactly("HOLD", "NEW", "PAID", "RECEIVED");
        // memberships: freeze-expiry thaws the freeze ending on the demo date, the report lists the frozen prepaid members
        assertThat(demo.out()).contains("freeze-expiry execution").contains("frozen-prepaid-expiry-report execution");
        assertThat(jdbc.queryForObject("""
                select amount || ' ' || issue_date from invoices where invoice_number like 'FRZ-%'""", String.class))
                .isEqualTo("45.00 2025-01-31");                  // 61 days frozen: 3 months of 15.00
        Path report = EXPORTS.resolve("frozen-prepaid-expiry-report/frozen-prepaid-expiry-report-CLUB-2025-01-31.csv");
        // the platform's names and order; Quentin froze after the date, so he is listed without a freeze start
        assertThat(Files.readString(report).lines().skip(1).map(line -> line.substring(0, line.indexOf("\",") + 1)
                + (line.endsWith(",") ? " (no freeze start)" : ""))).containsExactly(
                "\"Frost, Omar\"", "\"Ice, Quentin\" (no freeze start)", "\"Winters, Nora\"");
        Result again = cli("demo");
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("samples: already loaded").contains("already completed");
    }
}
