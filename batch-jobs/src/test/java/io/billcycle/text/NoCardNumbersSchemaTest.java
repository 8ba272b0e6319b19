package io.billcycle.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

import io.billcycle.testsupport.JobTest;

/**
 * The database refuses card numbers by the same rule as the CLI, on every free-text column: a column added later
 * without its CHECK fails here unless it holds codes.
 */
class NoCardNumbersSchemaTest extends JobTest {

    /** Columns that hold codes, numbers, file names or the job repository's own text: no free text from a person. */
    static final List<String> CODED = List.of("account_classes.code", "accounts.account_number", "accounts.account_type",
            "accounts.collection_status", "accounts.collector_group", "accounts.country", "billing_groups.code",
            "billing_plan_status_changes.from_status", "billing_plan_status_changes.to_status", "billing_plans.frequency",
            "billing_plans.status", "collection_roster.collector_group", "collection_roster.from_status",
            "collection_roster.plan_status", "collection_roster.reason", "collection_roster.to_status",
            "collection_statuses.code", "collection_statuses.next_status_code", "export_batches.file_name",
            "export_batches.job_name", "export_batches.kind", "export_batches.service_period", "export_batches.sha256",
            "export_batches.status", "payments.imported_from", "account_actions.action", "invoices.invoice_number", "invoices.status",
            "ledger_entries.kind",
            "organizations.code", "organizations.country", "organizations.currency", "organizations.initial_collection_status",
            "organizations.invoice_number_prefix", "organizations.non_delinquent_plan_failed_status",
            "organizations.non_delinquent_plan_status", "organizations.payment_plan_failed_status",
            "organizations.payment_plan_status", "organizations.time_zone", "payment_plans.card_holder_zip",
            "payment_plans.kind", "payment_plans.status", "payment_plans.status_for_default", "plans.freeze_level",
            "provider_payment_changes.from_status", "provider_payment_changes.machine",
            "provider_payment_changes.to_status", "provider_payments.kind", "provider_payments.payment_status",
            "provider_payments.service_period", "provider_payments.submission_status");

    @Test
    void everyFreeTextColumnHasTheCheck() {
        List<String> unchecked = jdbc.queryForList("""
                select c.table_name || '.' || c.column_name from information_schema.columns c
                 where c.table_schema = current_schema() and c.data_type in ('character varying', 'text', 'character')
                   and c.table_name not like 'batch\\_%' and c.table_name <> 'flyway_schema_history'
                   and not exists (select 1 from pg_constraint k where k.conrelid = c.table_name::regclass
                                      and k.conname = c.table_name || '_' || c.column_name || '_no_card')
                 order by 1""", String.class);
        assertThat(unchecked).containsExactlyInAnyOrderElementsOf(CODED);
    }

    @Test
    void theDatabaseRuleIsTheJavaRule() {
        Random random = new Random(20261124);
        String[] separators = {"", "", " ", "-", "  ", "x", " x", "x-", "-x", "--"};
        for (int n = 0; n < 3000; n++) {
            StringBuilder value = new StringBuilder(random.nextBoolean() ? "ref " : "");
            int groups = 1 + random.nextInt(6);
            for (int g = 0; g < groups; g++) {
                if (g > 0) {
                    value.append(separators[random.nextInt(separators.length)]);
                }
                for (int d = 1 + random.nextInt(8); d > 0; d--) {
                    value.append((char) ('0' + random.nextInt(10)));
                }
            }
            String v = value.toString();
            assertThat(jdbc.queryForObject("select looks_like_card_number(?)", Boolean.class, v)).as(v)
                    .isEqualTo(CardNumbers.looksLikeCard(v));
        }
    }

    @Test
    void aCardNumberIsRefusedByTheTableWhateverWritesIt() {
        long org = fixtures.organization("AGENCY");
        assertThatThrownBy(() -> jdbc.update("update organizations set name = 'card 4111 1111 1111 1111' where id = ?", org))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("organizations_name_no_card");
        jdbc.update("update organizations set name = 'Invoice ref 4111111111111112' where id = ?", org);
        assertThat(jdbc.queryForObject("select name from organizations where id = ?", String.class, org))
                .isEqualTo("Invoice ref 4111111111111112");
    }
}
