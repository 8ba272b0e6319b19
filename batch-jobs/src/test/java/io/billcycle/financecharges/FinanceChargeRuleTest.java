package io.billcycle.financecharges;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.billcycle.financecharges.FinanceChargeRule.Assessment;

/** Every threshold's boundary, the rounding, the minimum, and the anchored next date across month ends and leap years. */
class FinanceChargeRuleTest {

    static final LocalDate D = LocalDate.parse("2024-03-31");
    static final FinanceChargeTerms TERMS = terms("18.000", "1.00", "5.00");

    static FinanceChargeTerms terms(String rate, String minimum, String minBalance) {
        return new FinanceChargeTerms(new BigDecimal(rate), new BigDecimal(minimum), new BigDecimal(minBalance), 30);
    }

    static Assessment assess(FinanceChargeTerms terms, String base) {
        return FinanceChargeRule.assess(terms, new BigDecimal(base), null, D);
    }

    @ParameterizedTest(name = "base {0} at 18% with minimum 1.00 and minimum balance 5.00 -> {1}")
    @CsvSource({
            "0.00, none", "-10.00, none",                 // nothing past due, or a credit: never charged
            "4.99, none", "5.00, 1.00",                   // the minimum balance is inclusive
            "66.66, 1.00", "66.67, 1.00", "66.70, 1.00",  // 1.0005 rounds to 1.00; under the minimum it is raised
            "100.00, 1.50", "120.00, 1.80",
            "100.33, 1.50",                               // 1.50495: rounded once, at the end, half up
            "100.34, 1.51",                               // 1.5051
            "1000000.00, 15000.00"})
    void theChargeIsTheMonthlyRateRoundedOnceAndAtLeastTheMinimum(String base, String expected) {
        Assessment a = assess(TERMS, base);
        if (expected.equals("none")) {
            assertThat(a.charged()).as(a.reason()).isFalse();
            assertThat(a.reason()).startsWith("no charge: ");
        } else {
            assertThat(a.charge()).as(a.reason()).isEqualByComparingTo(expected);
            assertThat(a.charge().scale()).isEqualTo(2);
        }
    }

    @Test
    void aBaseAboveZeroIsNeededEvenWithoutAMinimumBalance() {
        FinanceChargeTerms noFloor = terms("18.000", "1.00", "0.00");
        assertThat(assess(noFloor, "0.00").charged()).isFalse();
        assertThat(assess(noFloor, "0.01").charge()).isEqualByComparingTo("1.00");
    }

    @Test
    void aChargeThatComesToZeroChangesNothing() {
        FinanceChargeTerms free = terms("0.000", "0.00", "0.00");
        Assessment a = assess(free, "500.00");
        assertThat(a.charged()).isFalse();
        assertThat(a.reason()).isEqualTo("no charge: the charge comes to 0.00");
        assertThat(assess(terms("0.000", "2.50", "0.00"), "500.00").charge()).isEqualByComparingTo("2.50");
        assertThat(assess(terms("0.001", "0.00", "0.00"), "1.00").charged()).isFalse();   // 0.0000008 rounds to 0.00
    }

    @Test
    void theReasonShowsTheArithmetic() {
        assertThat(assess(TERMS, "120.00").reason()).isEqualTo("base 120.00 past due over 30 days: 120.00 x 18% / 12 = 1.80");
        assertThat(assess(TERMS, "10.00").reason())
                .isEqualTo("base 10.00 past due over 30 days: 10.00 x 18% / 12 = 0.15, raised to the minimum 1.00");
        assertThat(assess(TERMS, "4.99").reason()).isEqualTo("no charge: base 4.99 is under the minimum balance 5.00");
        assertThat(assess(TERMS, "0.00").reason()).isEqualTo("no charge: nothing past due beyond 30 grace days");
    }

    @Test
    void theFirstChargeAnchorsTheCycleAndLaterOnesKeepIt() {
        Assessment first = FinanceChargeRule.assess(TERMS, new BigDecimal("100.00"), null, LocalDate.parse("2024-01-31"));
        assertThat(first.origDate()).isEqualTo("2024-01-31");
        assertThat(first.nextDate()).isEqualTo("2024-02-29");
        Assessment second = FinanceChargeRule.assess(TERMS, new BigDecimal("100.00"), first.origDate(), first.nextDate());
        assertThat(second.origDate()).isEqualTo("2024-01-31");
        assertThat(second.nextDate()).isEqualTo("2024-03-31");   // back to the 31st, not the 29th
        assertThat(FinanceChargeRule.assess(TERMS, new BigDecimal("4.00"), first.origDate(), D).nextDate()).isNull();
    }
}
