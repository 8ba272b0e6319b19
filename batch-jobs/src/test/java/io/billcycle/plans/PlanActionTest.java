package io.billcycle.plans;

import static io.billcycle.plans.PlanAction.Verdict.Kind.CHANGE;
import static io.billcycle.plans.PlanAction.Verdict.Kind.REFUSED;
import static io.billcycle.plans.PlanAction.Verdict.Kind.UNCHANGED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanActionTest {

    static final LocalDate R = LocalDate.parse("2024-06-15");

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource({
            "PAUSE, ACTIVE, CHANGE", "PAUSE, PAUSED, UNCHANGED", "PAUSE, INACTIVE, REFUSED", "PAUSE, VOIDED, REFUSED",
            "RESUME, PAUSED, CHANGE", "RESUME, ACTIVE, UNCHANGED", "RESUME, INACTIVE, REFUSED", "RESUME, VOIDED, REFUSED",
            "VOID, ACTIVE, CHANGE", "VOID, PAUSED, CHANGE", "VOID, INACTIVE, CHANGE", "VOID, VOIDED, UNCHANGED"})
    void whatEachActionMayDoFromEachStatus(PlanAction action, PlanStatus status, PlanAction.Verdict.Kind expected) {
        PlanAction.Verdict verdict = action.judge(status, null, R);
        assertThat(verdict.kind()).isEqualTo(expected);
        if (expected == REFUSED) {
            assertThat(verdict.reason()).contains(status.name()).contains(action.target().name());
        }
    }

    @Test
    void aPlanThatEndedBeforeTheResumeDateCannotBeResumed() {
        assertThat(PlanAction.RESUME.judge(PlanStatus.PAUSED, R.minusDays(1), R).kind()).isEqualTo(REFUSED);
        assertThat(PlanAction.RESUME.judge(PlanStatus.PAUSED, R.minusDays(1), R).reason()).startsWith("ended");
        assertThat(PlanAction.RESUME.judge(PlanStatus.PAUSED, R, R).kind()).isEqualTo(CHANGE);
        assertThat(PlanAction.RESUME.judge(PlanStatus.PAUSED, R.plusDays(1), R).kind()).isEqualTo(CHANGE);
        // pausing or voiding an ended plan is fine: the invoicing job makes it INACTIVE or it stays voided
        assertThat(PlanAction.PAUSE.judge(PlanStatus.ACTIVE, R.minusDays(30), R).kind()).isEqualTo(CHANGE);
        assertThat(PlanAction.VOID.judge(PlanStatus.PAUSED, R.minusDays(30), R).kind()).isEqualTo(CHANGE);
        assertThat(PlanAction.RESUME.judge(PlanStatus.ACTIVE, R.minusDays(30), R).kind()).isEqualTo(UNCHANGED);
    }

    @ParameterizedTest(name = "{0} plan from {1}, next {2}, resumed {3} -> {4}")
    @CsvSource({
            // periods that started while paused are skipped: billing continues with the upcoming period
            "MONTHLY, 2024-01-31, 2024-03-31, 2024-06-15, 2024-06-30",
            "MONTHLY, 2024-01-31, 2024-03-31, 2024-06-30, 2024-06-30",   // resumed on a period start
            "MONTHLY, 2024-01-31, 2024-03-31, 2024-07-01, 2024-07-31",
            "MONTHLY, 2024-01-31, 2024-03-31, 2024-02-29, 2024-03-31",   // resume date before old next start
            "MONTHLY, 2023-01-31, 2023-02-28, 2024-02-29, 2024-02-29",   // leap day is a period start
            "MONTHLY, 2023-01-31, 2023-02-28, 2024-03-01, 2024-03-31",
            "WEEKLY, 2024-01-01, 2024-01-08, 2024-01-10, 2024-01-15",
            "BIWEEKLY, 2024-01-01, 2024-01-15, 2024-02-12, 2024-02-12",
            "QUARTERLY, 2024-01-31, 2024-04-30, 2024-05-01, 2024-07-31",
            "YEARLY, 2024-02-29, 2025-02-28, 2027-03-01, 2028-02-29"})
    void resumeContinuesWithTheFirstPeriodStartOnOrAfterBothDates(Frequency frequency, String start,
            String oldNext, String resumeDate, String expected) {
        BillingSchedule schedule = new BillingSchedule(LocalDate.parse(start), null, frequency);
        assertThat(PlanAction.nextPeriodStartOnResume(schedule, LocalDate.parse(oldNext), LocalDate.parse(resumeDate)))
                .isEqualTo(LocalDate.parse(expected));
    }
}
