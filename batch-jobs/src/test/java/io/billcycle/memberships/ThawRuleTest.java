package io.billcycle.memberships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Days frozen, months charged and the fee, at every boundary; the expiry window's days. */
class ThawRuleTest {

    static final ThawRule.Fee PER_ENROLLMENT = new ThawRule.Fee(new BigDecimal("10.00"), null);
    static final ThawRule.Fee PER_CONTRACT = new ThawRule.Fee(null, new BigDecimal("25.00"));

    @ParameterizedTest(name = "{0} to {1}: {2} days, {3} months")
    @CsvSource({
            "2025-01-10, 2025-01-10, 0, 0",      // thawed on the freeze day
            "2025-01-10, 2025-01-11, 1, 1",
            "2025-01-01, 2025-01-31, 30, 1",     // exactly 30 days: one month
            "2025-01-01, 2025-02-01, 31, 2",     // 31 days: two
            "2025-01-01, 2025-03-02, 60, 2",
            "2025-01-01, 2025-03-03, 61, 3",
            "2024-02-01, 2024-03-02, 30, 1",     // across a leap February
            "2023-02-01, 2023-03-03, 30, 1"})
    void monthsAreTheDaysFrozenInThirtiesRoundedUp(LocalDate start, LocalDate thaw, long days, long months) {
        ThawRule.Thaw t = ThawRule.of(List.of(start), thaw, PER_ENROLLMENT, 2);
        assertThat(t.days()).isEqualTo(days);
        assertThat(t.months()).isEqualTo(months);
        assertThat(t.fee()).isEqualByComparingTo(new BigDecimal("20.00").multiply(BigDecimal.valueOf(months)));
    }

    @Test
    void severalFreezesExtendByTheLongestAndAContractFeeIsOnePerMonth() {
        ThawRule.Thaw t = ThawRule.of(List.of(LocalDate.parse("2025-02-01"), LocalDate.parse("2025-01-01")),
                LocalDate.parse("2025-02-15"), PER_CONTRACT, 3);
        assertThat(t.days()).isEqualTo(45);
        assertThat(t.months()).isEqualTo(2);
        assertThat(t.fee()).isEqualTo(new BigDecimal("50.00"));
        assertThat(ThawRule.of(List.of(LocalDate.parse("2025-01-01")), LocalDate.parse("2025-02-15"),
                new ThawRule.Fee(null, null), 1).fee()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void aThawBeforeTheFreezeOrOfNothingIsRefused() {
        assertThatThrownBy(() -> ThawRule.of(List.of(LocalDate.parse("2025-01-10")), LocalDate.parse("2025-01-09"), PER_CONTRACT, 1))
                .hasMessage("the thaw date 2025-01-09 is before the freeze start 2025-01-10");
        assertThatThrownBy(() -> ThawRule.of(List.of(), LocalDate.parse("2025-01-09"), PER_CONTRACT, 1)).hasMessage("nothing to thaw");
    }

    @Test
    void theWindowLooksAheadAndBackInWholeDays() {
        assertThat(ExpiryWindow.of(LocalDate.parse("2025-02-25"), 10, 7))
                .isEqualTo(new ExpiryWindow(LocalDate.parse("2025-02-25"), LocalDate.parse("2025-02-28"), LocalDate.parse("2025-03-07")));
        assertThat(ExpiryWindow.of(LocalDate.parse("2024-02-25"), 10, 7).from()).isEqualTo(LocalDate.parse("2024-02-28"));
        assertThat(ExpiryWindow.of(LocalDate.parse("2025-03-01"), 0, 0).to()).isEqualTo(LocalDate.parse("2025-03-01"));
        assertThatThrownBy(() -> ExpiryWindow.of(LocalDate.parse("2025-03-01"), -1, 7)).isInstanceOf(IllegalArgumentException.class);
    }
}
