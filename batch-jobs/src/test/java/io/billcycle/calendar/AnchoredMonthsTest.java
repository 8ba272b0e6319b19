package io.billcycle.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The anchored monthly cycle across month ends and leap years, and by brute force over four years. */
class AnchoredMonthsTest {

    @ParameterizedTest(name = "anchor {0}, date {1} -> {2}")
    @CsvSource({
            "2024-01-31, 2024-01-31, 2024-02-29",   // leap February
            "2023-01-31, 2023-01-31, 2023-02-28",
            "2024-01-31, 2024-02-29, 2024-03-31",
            "2024-01-31, 2024-03-15, 2024-03-31",
            "2024-01-31, 2024-04-30, 2024-05-31",
            "2024-01-30, 2024-02-29, 2024-03-30",
            "2024-02-29, 2025-02-28, 2025-03-29",   // a leap-day anchor: Feb 28 2025 is its clamped month
            "2024-02-29, 2028-02-28, 2028-02-29",
            "2024-03-31, 2024-09-30, 2024-10-31",
            "2024-12-31, 2025-01-01, 2025-01-31",
            "2020-05-15, 2024-03-31, 2024-04-15",   // a late run catches the cycle up to the first date after D
            "2024-03-31, 2024-03-31, 2024-04-30"})
    void theNextDateIsTheFirstAnchoredMonthAfterTheRun(LocalDate anchor, LocalDate date, LocalDate next) {
        assertThat(AnchoredMonths.firstAfter(anchor, date)).isEqualTo(next);
    }

    /** Brute force: for every anchor and date over four years, the answer is the first k whose date is after D. */
    @Test
    void theNextDateAgreesWithCountingMonthByMonth() {
        for (LocalDate anchor = LocalDate.parse("2023-01-01"); anchor.isBefore(LocalDate.parse("2024-12-31")); anchor = anchor.plusDays(3)) {
            for (int days = 0; days < 800; days += 7) {
                LocalDate date = anchor.plusDays(days);
                int k = 1;
                while (!anchor.plusMonths(k).isAfter(date)) {
                    k++;
                }
                assertThat(AnchoredMonths.firstAfter(anchor, date)).as("anchor %s date %s", anchor, date)
                        .isEqualTo(anchor.plusMonths(k));
            }
        }
    }
}
