package io.billcycle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Organization settings and dunning levels: every value checked, a bad change saves nothing. */
class OrgsCommandTest extends CliTest {

    @BeforeEach
    void organization() {
        fixtures.organization("ACME");
    }

    @Test
    void settingsAndDunningLevelsAreSavedAndListed() {
        Result set = cli("orgs", "set", "--org", "ACME", "--time-zone", "Europe/Paris", "--minimum-payment", "25",
                "--finance-charges", "on", "--finance-charge-rate", "18.000", "--finance-charge-minimum", "1.00",
                "--finance-charge-min-balance", "5.00", "--finance-charge-grace-days", "30",
                "--dunning-level", "1=Past due.", "--dunning-level", "2=Second notice.\\nCall us.");
        assertThat(set.code()).as(set.toString()).isZero();
        assertThat(cli("orgs", "list").out()).isEqualTo("ACME  ACME Inc.  USD  Europe/Paris  terms 0d, catch-up 12, "
                + "minimum payment 25.00, finance charges 18.000% (minimum 1.00, on 5.00 and more, 30 grace days), "
                + "dunning levels 1,2, collections off, statements printed\n");
        assertThat(jdbc.queryForObject("select message from dunning_levels where level = 2", String.class))
                .isEqualTo("Second notice.\nCall us.");
        assertThat(cli("orgs", "set", "--org", "ACME", "--remove-dunning-level", "2", "--finance-charges", "off").code()).isZero();
        assertThat(cli("orgs", "list").out()).contains("finance charges off, dunning levels 1, collections off, statements printed\n");
    }

    @Test
    void aChangeWithAnyBadValueSavesNothingAndNamesEveryProblem() {
        Map<String, String> before = fingerprint();
        Result bad = cli("orgs", "set", "--org", "ACME", "--time-zone", "Mars/Olympus", "--payment-terms-days", "400",
                "--finance-charge-rate", "18.0005", "--minimum-payment", "-1", "--dunning-level", "1=" + "x".repeat(61),
                "--dunning-level", "0=Zero", "--initial-collection-status", "ZZ");
        assertThat(bad.code()).isEqualTo(2);
        // the values' problems and the settings' (a status the organization does not have), in one answer
        assertThat(bad.err().lines().toList()).containsExactly("error: 7 problems, nothing saved",
                "  --time-zone must be a time zone such as UTC or Europe/Paris, got 'Mars/Olympus'",
                "  --payment-terms-days must be 0 to 365, got 400",
                "  --minimum-payment must be 0 to 999999999999.99, got -1",
                "  --finance-charge-rate must have at most 3 decimals, got 18.0005",
                "  --dunning-level 0: levels start at 1",
                "  --dunning-level 1: the message line 1 has 61 characters; at most 60",
                "  --initial-collection-status: no collection status 'ZZ' in organization ACME (see: billcycle collections "
                        + "statuses list)");
        assertThat(cli("orgs", "set", "--org", "ACME", "--finance-charges", "maybe").err())
                .startsWith("error: --finance-charges must be on or off, got 'maybe'");
        assertThat(cli("orgs", "set", "--org", "ACME").err())
                .isEqualTo("error: nothing to change: give at least one setting (see: billcycle orgs set --help)\n");
        assertThat(cli("orgs", "set", "--org", "NOPE", "--name", "x").code()).isEqualTo(2);
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void theReturnAddressAndPrintingAreSetAndAnEmptyTextClearsALine() {
        Result set = cli("orgs", "set", "--org", "ACME", "--address-line1", "200 Harbor Way", "--address-line2", "Suite 4",
                "--city", "Portland", "--region", "OR", "--postal-code", "97201", "--country", "US",
                "--print-statements", "off");
        assertThat(set.code()).as(set.toString()).isZero();
        assertThat(cli("orgs", "list").out()).endsWith(
                ", statements not printed (CSV only), from 200 Harbor Way, Suite 4, Portland, OR, 97201, US\n");
        assertThat(cli("orgs", "set", "--org", "ACME", "--address-line2", "", "--print-statements", "on").code()).isZero();
        assertThat(cli("orgs", "list").out()).endsWith(
                ", statements printed, from 200 Harbor Way, Portland, OR, 97201, US\n");
        assertThat(jdbc.queryForObject("select address_line2 is null from organizations", Boolean.class)).isTrue();
    }

    @Test
    void aBadAddressSavesNothing() {
        Map<String, String> before = fingerprint();
        Result bad = cli("orgs", "set", "--org", "ACME", "--city", "x".repeat(61), "--country", "usa",
                "--print-statements", "off");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err().lines().toList()).containsExactly("error: 2 problems, nothing saved",
                "  --city must be at most 60 characters, got 61",
                "  --country must be two capital letters (ISO 3166), got 'usa'");
        assertThat(fingerprint()).isEqualTo(before);
    }
}
