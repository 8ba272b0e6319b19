package io.billcycle.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class BillingScheduleTest {

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static BillingSchedule schedule(String start, Frequency frequency) {
        return new BillingSchedule(d(start), null, frequency);
    }

    @ParameterizedTest(name = "{1} from {0}: period {2} starts {3}")
    @CsvSource({
            "2024-01-31, MONTHLY, 0, 2024-01-31",
            "2024-01-31, MONTHLY, 1, 2024-02-29",   // leap year clamp
            "2024-01-31, MONTHLY, 2, 2024-03-31",   // back to the 31st: anchored, not chained
            "2024-01-31, MONTHLY, 3, 2024-04-30",
            "2023-01-31, MONTHLY, 1, 2023-02-28",   // common year clamp
            "2024-01-30, MONTHLY, 1, 2024-02-29",
            "2024-01-29, MONTHLY, 1, 2024-02-29",
            "2023-01-29, MONTHLY, 1, 2023-02-28",
            "2023-01-29, MONTHLY, 2, 2023-03-29",
            "2024-01-31, MONTHLY, 12, 2025-01-31",
            "2024-01-31, MONTHLY, 13, 2025-02-28",
            "2023-11-30, QUARTERLY, 1, 2024-02-29",
            "2023-11-30, QUARTERLY, 2, 2024-05-30",
            "2024-08-31, QUARTERLY, 2, 2025-02-28",
            "2024-08-31, QUARTERLY, 3, 2025-05-31",
            "2024-02-29, YEARLY, 1, 2025-02-28",    // leap day anchor
            "2024-02-29, YEARLY, 4, 2028-02-29",
            "2024-02-29, YEARLY, 5, 2029-02-28",
            "2024-12-30, WEEKLY, 1, 2025-01-06",    // year boundary
            "2024-02-26, WEEKLY, 1, 2024-03-04",    // crosses Feb 29
            "2024-02-22, BIWEEKLY, 1, 2024-03-07",
            "2024-02-22, BIWEEKLY, 26, 2025-02-20"})
    void periodStartsAreAnchored(String start, Frequency frequency, long k, String expected) {
        assertThat(schedule(start, frequency).periodStart(k)).isEqualTo(d(expected));
    }

    @Test
    void periodEndsTheDayBeforeTheNextStarts() {
        BillingSchedule s = schedule("2024-01-31", Frequency.MONTHLY);
        assertThat(s.period(0)).isEqualTo(new BillingPeriod(0, d("2024-01-31"), d("2024-02-28")));
        assertThat(s.period(1)).isEqualTo(new BillingPeriod(1, d("2024-02-29"), d("2024-03-30")));
        assertThat(schedule("2023-01-31", Frequency.MONTHLY).period(0).end()).isEqualTo(d("2023-02-27"));
        assertThat(schedule("2024-03-04", Frequency.WEEKLY).period(0).end()).isEqualTo(d("2024-03-10"));
        assertThat(schedule("2024-02-29", Frequency.YEARLY).period(0).end()).isEqualTo(d("2025-02-27"));
        assertThat(schedule("2024-10-01", Frequency.QUARTERLY).period(0).end()).isEqualTo(d("2024-12-31"));
    }

    @Test
    void aPeriodStartingAfterTheEndDateDoesNotExist() {
        BillingSchedule s = new BillingSchedule(d("2024-01-15"), d("2024-03-15"), Frequency.MONTHLY);
        assertThat(s.exists(2)).isTrue();   // starts on the end date itself
        assertThat(s.exists(3)).isFalse();
        BillingSchedule open = schedule("2024-01-15", Frequency.MONTHLY);
        assertThat(open.exists(1000)).isTrue();
    }

    @Test
    void endBeforeStartAndNegativeIndexAreRejected() {
        assertThatThrownBy(() -> new BillingSchedule(d("2024-01-15"), d("2024-01-14"), Frequency.MONTHLY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before start");
        assertThatThrownBy(() -> schedule("2024-01-15", Frequency.MONTHLY).periodStart(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{1} from {0}: first period on or after {2} is {3}")
    @CsvSource({
            "2024-01-31, MONTHLY, 2023-06-01, 0",   // before the start
            "2024-01-31, MONTHLY, 2024-01-31, 0",
            "2024-01-31, MONTHLY, 2024-02-01, 1",
            "2024-01-31, MONTHLY, 2024-02-29, 1",
            "2024-01-31, MONTHLY, 2024-03-01, 2",
            "2024-01-31, MONTHLY, 2024-03-31, 2",
            "2024-01-31, MONTHLY, 2024-04-01, 3",
            "2024-01-15, MONTHLY, 2024-02-14, 1",
            "2024-01-15, MONTHLY, 2024-02-15, 1",
            "2024-01-15, MONTHLY, 2024-02-16, 2",
            "2024-01-01, WEEKLY, 2024-01-08, 1",
            "2024-01-01, WEEKLY, 2024-01-09, 2",
            "2024-01-01, BIWEEKLY, 2024-01-15, 1",
            "2024-01-01, BIWEEKLY, 2024-01-16, 2",
            "2024-02-29, YEARLY, 2025-02-28, 1",
            "2024-02-29, YEARLY, 2025-03-01, 2",
            "2024-01-31, QUARTERLY, 2024-04-30, 1",
            "2024-01-31, QUARTERLY, 2024-05-01, 2"})
    void firstIndexOnOrAfter(String start, Frequency frequency, String date, long expected) {
        assertThat(schedule(start, frequency).firstIndexOnOrAfter(d(date))).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(Frequency.class)
    void firstIndexOnOrAfterAgreesWithABruteForceSearchOnEveryDayOfFourYears(Frequency frequency) {
        for (String start : new String[] {"2023-01-31", "2024-02-29", "2023-12-30", "2024-03-01"}) {
            BillingSchedule s = schedule(start, frequency);
            for (LocalDate day = d(start).minusDays(3); day.isBefore(d(start).plusYears(4)); day = day.plusDays(1)) {
                LocalDate date = day;
                long expected = LongStream.iterate(0, k -> k + 1).filter(k -> !s.periodStart(k).isBefore(date))
                        .findFirst().orElseThrow();
                assertThat(s.firstIndexOnOrAfter(date)).as("%s %s on %s", frequency, start, date).isEqualTo(expected);
            }
        }
    }

    @Test
    void lastIndexOnOrBeforeRespectsTheEndDate() {
        BillingSchedule s = new BillingSchedule(d("2024-01-31"), d("2024-04-29"), Frequency.MONTHLY);
        assertThat(s.lastIndexOnOrBefore(d("2024-01-30"))).isEqualTo(-1);
        assertThat(s.lastIndexOnOrBefore(d("2024-01-31"))).isEqualTo(0);
        assertThat(s.lastIndexOnOrBefore(d("2024-03-31"))).isEqualTo(2);
        assertThat(s.lastIndexOnOrBefore(d("2024-04-29"))).isEqualTo(2);   // period 3 starts Apr 30, after the end
        assertThat(s.lastIndexOnOrBefore(d("2030-01-01"))).isEqualTo(2);
        BillingSchedule endsOnAStart = new BillingSchedule(d("2024-01-31"), d("2024-04-30"), Frequency.MONTHLY);
        assertThat(endsOnAStart.lastIndexOnOrBefore(d("2030-01-01"))).isEqualTo(3);
    }
}
