package io.billcycle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code --org} is asked for only when the account, payment, batch or plan named does not say whose it is. */
class OrganizationOfObjectTest extends CliTest {

    long acme;
    long club;

    @BeforeEach
    void twoOrganizations() {
        acme = fixtures.organization("ACME");
        club = fixtures.organization("CLUB");
        fixtures.account(acme, "A-1");
        fixtures.account(acme, "SHARED");
        fixtures.account(club, "SHARED");
    }

    long payment(long org) {
        long provider = jdbc.queryForObject("insert into providers (organization_id, name) values (?, 'Sunny') returning id",
                Long.class, org);
        return jdbc.queryForObject("""
                insert into provider_payments (organization_id, provider_id, service_period, kind, amount, created_by)
                values (?, ?, '2025-01', 'PAYMENT', 10.00, 'test') returning id""", Long.class, org, provider);
    }

    @Test
    void anAccountNumberThatOneOrganizationHasNeedsNoOrg() {
        Result show = cli("accounts", "show", "--account", "A-1");
        assertThat(show.code()).as(show.toString()).isZero();
        assertThat(show.out()).startsWith("account A-1 ").contains("(ACME)");

        Result shared = cli("accounts", "show", "--account", "SHARED");
        assertThat(shared.code()).isEqualTo(2);
        assertThat(shared.err()).isEqualTo("error: --org is required: more than one organization has account SHARED "
                + "(ACME, CLUB)\n");
        assertThat(cli("accounts", "show", "--account", "SHARED", "--org", "CLUB").out()).contains("(CLUB)");
        assertThat(cli("accounts", "show", "--account", "NOPE").err()).isEqualTo("error: no account NOPE in any organization\n");
    }

    @Test
    void providerPaymentsAndTheirHistoryFindTheirAgency() {
        long ours = payment(acme);
        long theirs = payment(club);
        assertThat(cli("provider-payments", "receive", Long.toString(ours)).out()).isEqualTo("receive: 1 payment(s)\n");
        assertThat(cli("provider-payments", "history", Long.toString(ours)).out()).contains("RECEIVED");
        Result both = cli("provider-payments", "receive", ours + "," + theirs);
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).isEqualTo("error: --org is required: more than one organization has provider payments "
                + ours + "," + theirs + " (ACME, CLUB)\n");
    }

    @Test
    void paymentPlansAreListedForEveryOrganizationAndAnErrorComesBeforeAnyOutput() {
        for (long org : new long[] {acme, club}) {
            long account = jdbc.queryForObject("select id from accounts where organization_id = ? and account_number = 'SHARED'",
                    Long.class, org);
            jdbc.update("""
                    insert into payment_plans (organization_id, account_id, kind, start_date, payment_amount, payment_days,
                                               next_payment_date, created_by)
                    values (?, ?, 'DELINQUENT', '2025-01-01', 10, 30, '2025-01-31', 'test')""", org, account);
        }
        Result all = cli("payment-plans", "list");
        assertThat(all.code()).as(all.toString()).isZero();
        assertThat(all.out().lines().skip(1)).satisfiesExactly(line -> assertThat(line).contains("ACME", "SHARED"),
                line -> assertThat(line).contains("CLUB", "SHARED"));

        Result unknown = cli("payment-plans", "list", "--org", "NOPE");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.err()).isEqualTo("error: unknown organization 'NOPE': known are ACME, CLUB\n");

        long clubPlan = jdbc.queryForObject("select id from payment_plans where organization_id = ?", Long.class, club);
        assertThat(cli("payment-plans", "cancel", Long.toString(clubPlan), "--reason", "moved").out())
                .isEqualTo("payment plan " + clubPlan + " cancelled\n");
    }
}
