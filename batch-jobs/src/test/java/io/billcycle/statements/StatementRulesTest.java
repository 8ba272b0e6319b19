package io.billcycle.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.billcycle.text.MessageLines;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dunning, the minimum due and the message lines, at every boundary. */
class StatementRulesTest {

    static final DunningRule.Previous ASKED_40 = new DunningRule.Previous(LocalDate.parse("2026-10-01"), new BigDecimal("40.00"));

    @ParameterizedTest(name = "level {0} of {1}, past due {2}, paid {3} of 40.00 -> {4}")
    @CsvSource({
            "2, 3, 0.00, 0.00, 0",      // nothing past due: back to 0, whatever was paid
            "3, 3, -5.00, 0.00, 0",     // a credit balance
            "0, 3, 0.01, 39.99, 1",     // a cent short: up one
            "1, 3, 10.00, 12.50, 2",
            "1, 3, 10.00, 40.00, 1",    // paid exactly the minimum: stays
            "1, 3, 10.00, 60.00, 1",
            "2, 3, 10.00, 0.00, 3",
            "3, 3, 10.00, 0.00, 3",     // the highest level is the ceiling
            "0, 0, 10.00, 0.00, 0",     // no dunning levels configured
            "5, 3, 10.00, 0.00, 3"})    // levels removed since: brought back to the highest
    void dunningMovesOneLevelAtATime(int level, int max, String pastDue, String paid, int expected) {
        DunningRule.Decision d = DunningRule.decide(level, max, new BigDecimal(pastDue), ASKED_40, new BigDecimal(paid));
        assertThat(d.level()).as(d.reason()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "stated {0}, terms {1} days -> due {2}")
    @CsvSource({
            "2024-01-31, 0, 2024-01-31",   // no terms: due on the statement date
            "2024-01-31, 14, 2024-02-14",
            "2024-02-15, 14, 2024-02-29",   // a leap day
            "2023-02-15, 14, 2023-03-01",
            "2024-12-31, 1, 2025-01-01",    // over the year's end
            "2024-01-31, 365, 2025-01-30"}) // the longest terms there are
    void theMinimumIsDueAfterThePaymentTerms(String stated, int terms, String due) {
        assertThat(MinimumDue.dueDate(LocalDate.parse(stated), terms)).isEqualTo(LocalDate.parse(due));
    }

    @Test
    void everyDunningDecisionSaysWhy() {
        assertThat(DunningRule.decide(1, 3, new BigDecimal("10.00"), ASKED_40, new BigDecimal("12.50")).reason())
                .isEqualTo("minimum 40.00 due, 12.50 paid since 2026-10-01: level 1 -> 2");
        assertThat(DunningRule.decide(3, 3, new BigDecimal("10.00"), ASKED_40, new BigDecimal("0.00")).reason())
                .isEqualTo("minimum 40.00 due, 0.00 paid since 2026-10-01: stays at the highest level 3");
        assertThat(DunningRule.decide(2, 3, new BigDecimal("10.00"), ASKED_40, new BigDecimal("40.00")).reason())
                .isEqualTo("minimum 40.00 due, 40.00 paid since 2026-10-01: stays at level 2");
        assertThat(DunningRule.decide(2, 3, BigDecimal.ZERO, ASKED_40, BigDecimal.ZERO).reason())
                .isEqualTo("nothing past due: level 2 -> 0");
        DunningRule.Decision first = DunningRule.decide(0, 3, new BigDecimal("10.00"), null, BigDecimal.ZERO);
        assertThat(first.level()).isZero();
        assertThat(first.reason()).isEqualTo("no previous statement: stays at level 0");
        assertThat(DunningRule.decide(2, 3, new BigDecimal("10.00"), null, BigDecimal.ZERO).level()).isEqualTo(2);
    }

    @ParameterizedTest(name = "balance {0}, plan {1}, organization {2} -> {3}")
    @CsvSource({
            "100.00, , 25.00, 25.00",
            "10.00, , 25.00, 10.00",      // the balance when smaller
            "25.00, , 25.00, 25.00",
            "0.00, , 25.00, 0.00",
            "-30.00, , 25.00, 0.00",      // a credit never asks for anything
            "100.00, 60.00, 25.00, 60.00", // the payment-plan amount overrides, up or down
            "100.00, 10.00, 25.00, 10.00",
            "40.00, 60.00, 25.00, 40.00",
            "100.00, , 0.00, 0.00"})      // an organization without a minimum
    void theMinimumDueIsTheSmallerOfTheBalanceAndWhatIsAsked(String balance, String plan, String minimum, String expected) {
        BigDecimal due = MinimumDue.of(new BigDecimal(balance), plan == null ? null : new BigDecimal(plan), new BigDecimal(minimum));
        assertThat(due).isEqualByComparingTo(expected);
        assertThat(due.scale()).isEqualTo(2);
    }

    @Test
    void theOverrideReplacesEverythingAndKeepsTheBillingMessage() {
        StatementMessages.Messages m = StatementMessages.of("Office closed\nDec 24 to Jan 2", "Thank you", false, "Past due");
        assertThat(m.lines()).containsExactly("Office closed", "Dec 24 to Jan 2");
        assertThat(m.clearBillingMessage()).isFalse();
    }

    @Test
    void theBillingMessageComesFirstThenTheDunningMessageAndAOneTimeMessageIsCleared() {
        StatementMessages.Messages once = StatementMessages.of(null, "New address from May:\n1 Elm St", false,
                "Your account is past due.\nPlease pay now.");
        assertThat(once.lines()).containsExactly("New address from May:", "1 Elm St", "Your account is past due.", "Please pay now.");
        assertThat(once.clearBillingMessage()).isTrue();
        assertThat(StatementMessages.of(" ", "Thank you", true, null).lines()).containsExactly("Thank you");
        assertThat(StatementMessages.of(null, "Thank you", true, null).clearBillingMessage()).isFalse();
        StatementMessages.Messages none = StatementMessages.of(null, null, false, null);
        assertThat(none.lines()).isEmpty();
        assertThat(none.clearBillingMessage()).isFalse();
        assertThatThrownBy(() -> StatementMessages.of(null, "1\n2\n3", false, "4\n5")).hasMessageContaining("at most 4");
    }

    @Test
    void messagesAnOperatorGivesAreChecked() {
        assertThat(MessageLines.problems("a\nb\nc\nd", 4)).isEmpty();
        assertThat(MessageLines.problems("a\nb\nc\nd\ne", 4)).containsExactly("has 5 lines; at most 4");
        assertThat(MessageLines.problems("x".repeat(60) + "\n" + "y".repeat(61), 2))
                .containsExactly("line 2 has 61 characters; at most 60");
        assertThat(MessageLines.problems("a\nb\nc", 2)).isEqualTo(List.of("has 3 lines; at most 2"));
    }
}
