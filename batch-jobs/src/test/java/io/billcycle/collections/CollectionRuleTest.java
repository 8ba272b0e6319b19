package io.billcycle.collections;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.billcycle.collections.CollectionRule.Account;
import io.billcycle.collections.CollectionRule.Decision;
import io.billcycle.collections.CollectionRule.Reason;
import io.billcycle.collections.PaymentPlan.Kind;
import io.billcycle.ledger.WindowPayments;

/** Every branch and boundary of the collection rule and of the installment windows. */
class CollectionRuleTest {

    static final LocalDate D = LocalDate.parse("2025-03-31");
    static final CollectionTerms TERMS = new CollectionTerms(90, new BigDecimal("25.00"), "C1", "PP", "PF", "NP", "NF",
            Map.of("C1", new CollectionTerms.Transfer(30, "C2"), "C2", new CollectionTerms.Transfer(0, "AG")));

    static BigDecimal a(String amount) {
        return new BigDecimal(amount);
    }

    static Decision decide(Account account, String balance, String pastDue) {
        return CollectionRule.decide(account, a(balance), a(pastDue), TERMS, null, List.of(), D);
    }

    static Account out() {
        return new Account(null, null, false);
    }

    static Account in(String status, String since) {
        return new Account(status, LocalDate.parse(since), false);
    }

    @Nested
    class WithoutAPlan {

        @Test
        void entersCollectionsWhenPastDueBeyondTheDaysIsAtLeastTheMinimum() {
            Decision d = decide(out(), "100.00", "25.00");
            assertThat(d.reason()).isEqualTo(Reason.ENTERED);
            assertThat(d.toStatus()).isEqualTo("C1");
            assertThat(d.sticky()).isFalse();
            assertThat(d.detail()).isEqualTo("25.00 past due over 90 days (minimum 25.00): enters collections");
        }

        @Test
        void oneCentUnderTheMinimumOrNothingPastDueIsNotDelinquent() {
            assertThat(decide(out(), "100.00", "24.99").changesStatus()).isFalse();
            assertThat(decide(out(), "100.00", "0.00").changesStatus()).isFalse();
            assertThat(decide(out(), "100.00", "24.99").detail()).startsWith("not delinquent: 24.99 past due");
        }

        @Test
        void aZeroMinimumStillNeedsSomethingPastDue() {
            CollectionTerms zero = new CollectionTerms(90, a("0.00"), "C1", "PP", "PF", "NP", "NF", Map.of());
            assertThat(CollectionRule.decide(out(), a("5.00"), a("0.00"), zero, null, List.of(), D).changesStatus()).isFalse();
            assertThat(CollectionRule.decide(out(), a("5.00"), a("0.01"), zero, null, List.of(), D).reason()).isEqualTo(Reason.ENTERED);
        }

        @Test
        void transfersWhenTheDaysToRemainAreReachedExactly() {
            Decision d = decide(in("C1", "2025-03-01"), "100.00", "100.00");
            assertThat(d.reason()).isEqualTo(Reason.TRANSFERRED);
            assertThat(d.fromStatus()).isEqualTo("C1");
            assertThat(d.toStatus()).isEqualTo("C2");
            assertThat(d.detail()).isEqualTo("in C1 since 2025-03-01 (30 days, 30 to remain): C1 -> C2");
        }

        @Test
        void staysOneDayBeforeTheDaysToRemain() {
            Decision d = decide(in("C1", "2025-03-02"), "100.00", "100.00");
            assertThat(d.changesStatus()).isFalse();
            assertThat(d.detail()).isEqualTo("in C1 for 29 of 30 days");
        }

        @Test
        void transfersOnlyOneStatusPerRunEvenWithZeroDaysToRemainNext() {
            Decision d = decide(in("C2", "2025-03-30"), "100.00", "100.00");
            assertThat(d.toStatus()).isEqualTo("AG");
            // C2 -> AG happened; AG has no transfer, and in any case the next run would be the one to move it again
            assertThat(decide(in("AG", "2025-03-30"), "100.00", "100.00").changesStatus()).isFalse();
        }

        @Test
        void aStatusWithoutNextStaysAndAStickyStatusIgnoresItsTransfer() {
            assertThat(decide(in("AG", "2020-01-01"), "100.00", "100.00").detail()).isEqualTo("status AG has no transfer");
            Decision sticky = decide(new Account("C1", LocalDate.parse("2024-01-01"), true), "100.00", "100.00");
            assertThat(sticky.changesStatus()).isFalse();
            assertThat(sticky.sticky()).isTrue();
            assertThat(sticky.detail()).contains("reached by a plan default");
        }

        @Test
        void paidOffLeavesCollectionsAtZeroAndBelowButNotAtOneCent() {
            for (String balance : List.of("0.00", "-10.00")) {
                Decision d = decide(new Account("C2", LocalDate.parse("2025-01-01"), true), balance, "0.00");
                assertThat(d.reason()).isEqualTo(Reason.PAID_OFF);
                assertThat(d.toStatus()).isNull();
                assertThat(d.sticky()).isFalse();
                assertThat(d.planStatus()).isNull();
            }
            assertThat(decide(in("AG", "2025-01-01"), "0.01", "0.00").changesStatus()).isFalse();
        }

        @Test
        void aNonPositiveBalanceOutsideCollectionsChangesNothing() {
            assertThat(decide(out(), "-5.00", "0.00").changesStatus()).isFalse();
        }

        @Test
        void anAccountThatAlreadyChangedOnTheRunDateKeepsItsStatus() {
            Decision d = decide(in("C1", "2025-03-31"), "0.00", "0.00");
            assertThat(d.changesStatus()).isFalse();
            assertThat(d.detail()).isEqualTo("status already changed on 2025-03-31");
        }
    }

    @Nested
    class WithAPlan {

        /** Weekly 50.00 from March 1: first installment due March 8. */
        PaymentPlan plan(Kind kind, String next, String lastPaid, String statusForDefault) {
            return new PaymentPlan(7, kind, LocalDate.parse("2025-03-01"), a("50.00"), 7, LocalDate.parse(next),
                    lastPaid == null ? null : LocalDate.parse(lastPaid), null, statusForDefault);
        }

        Decision decide(Account account, PaymentPlan plan, String pastDue, String... paid) {
            List<WindowPayments> payments = java.util.Arrays.stream(paid)
                    .map(p -> new WindowPayments(1, a(p), p.equals("0.00") ? null : D.minusDays(1))).toList();
            assertThat(payments).hasSize(Installments.due(plan, D).size());
            return CollectionRule.decide(account, a("500.00"), a(pastDue), TERMS, plan, payments, D);
        }

        @Test
        void theFirstInstallmentCountsFromTheStartDateAndLaterOnesTheirOwnInterval() {
            List<Installments.Window> windows = Installments.due(plan(Kind.DELINQUENT, "2025-03-08", null, null), D);
            assertThat(windows).extracting(w -> w.after() + ".." + w.dueOn()).containsExactly(
                    "2025-02-28..2025-03-08", "2025-03-08..2025-03-15", "2025-03-15..2025-03-22", "2025-03-22..2025-03-29");
            // once an installment was met, the next one's window is its own interval
            assertThat(Installments.due(plan(Kind.DELINQUENT, "2025-03-22", "2025-03-14", null), D))
                    .extracting(w -> w.after() + ".." + w.dueOn())
                    .containsExactly("2025-03-15..2025-03-22", "2025-03-22..2025-03-29");
        }

        @Test
        void anInstallmentDueOnTheRunDateIsNotCheckedYet() {
            assertThat(Installments.due(plan(Kind.DELINQUENT, "2025-03-31", null, null), D)).isEmpty();
            assertThat(Installments.due(plan(Kind.DELINQUENT, "2025-03-30", null, null), D)).hasSize(1);
        }

        @Test
        void installmentsPaidExactlyMoveThePlanOnAndKeepThePlanStatus() {
            Decision d = decide(in("PP", "2025-03-01"), plan(Kind.DELINQUENT, "2025-03-08", null, null), "400.00",
                    "50.00", "50.00", "60.00", "50.00");
            assertThat(d.changesStatus()).isFalse();
            assertThat(d.progress().nextPaymentDate()).isEqualTo(LocalDate.parse("2025-04-05"));
            assertThat(d.progress().lastPaymentAmount()).isEqualByComparingTo("50.00");
            assertThat(d.detail()).isEqualTo("plan 7 in good standing, 4 installment(s) met; next installment of 50.00 due 2025-04-05");
        }

        @Test
        void oneCentShortDefaultsTheDelinquentPlanToItsFailedStatusSticky() {
            Decision d = decide(in("PP", "2025-03-01"), plan(Kind.DELINQUENT, "2025-03-08", null, null), "400.00",
                    "50.00", "49.99", "50.00", "50.00");
            assertThat(d.reason()).isEqualTo(Reason.PLAN_DEFAULTED);
            assertThat(d.toStatus()).isEqualTo("PF");
            assertThat(d.sticky()).isTrue();
            assertThat(d.planStatus()).isEqualTo("DEFAULTED");
            assertThat(d.progress().nextPaymentDate()).isEqualTo(LocalDate.parse("2025-03-15"));
            assertThat(d.detail()).isEqualTo("installment of 50.00 due 2025-03-15 not met: 49.99 paid from 2025-03-09; plan 7 defaulted");
        }

        @Test
        void aDefaultGoesToThePlansOwnStatusForDefaultWhenItHasOne() {
            Decision d = decide(in("PP", "2025-03-01"), plan(Kind.DELINQUENT, "2025-03-29", "2025-03-21", "AG"), "400.00", "0.00");
            assertThat(d.toStatus()).isEqualTo("AG");
            assertThat(d.progress()).isNull();
        }

        @Test
        void aNonDelinquentPlanDefaultsToItsOwnFailedStatus() {
            Decision d = decide(in("NP", "2025-03-01"), plan(Kind.NON_DELINQUENT, "2025-03-29", "2025-03-21", null), "0.00", "10.00");
            assertThat(d.toStatus()).isEqualTo("NF");
        }

        @Test
        void aNonDelinquentPlanOnAnAccountThatBecameDelinquentDefaultsBeforeAnyInstallment() {
            Decision d = decide(in("NP", "2025-03-01"), plan(Kind.NON_DELINQUENT, "2025-03-29", "2025-03-21", null), "25.00", "50.00");
            assertThat(d.reason()).isEqualTo(Reason.BECAME_DELINQUENT);
            assertThat(d.toStatus()).isEqualTo("C1");
            assertThat(d.planStatus()).isEqualTo("DEFAULTED");
            assertThat(d.sticky()).isFalse();
            // one cent under the minimum: still in good standing
            assertThat(decide(in("NP", "2025-03-01"), plan(Kind.NON_DELINQUENT, "2025-03-29", "2025-03-21", null), "24.99", "50.00")
                    .changesStatus()).isFalse();
        }

        @Test
        void aDelinquentPlanIgnoresDelinquency() {
            assertThat(decide(in("PP", "2025-03-01"), plan(Kind.DELINQUENT, "2025-03-29", "2025-03-21", null), "400.00", "50.00")
                    .changesStatus()).isFalse();
        }

        @Test
        void aPlanInGoodStandingPutsTheAccountInThePlanStatusOfItsKind() {
            Decision entering = decide(out(), plan(Kind.NON_DELINQUENT, "2025-04-05", null, null), "0.00");
            assertThat(entering.reason()).isEqualTo(Reason.PLAN_ACTIVE);
            assertThat(entering.toStatus()).isEqualTo("NP");
            assertThat(entering.progress()).isNull();
            Decision fromCollections = decide(in("C2", "2025-01-01"), plan(Kind.DELINQUENT, "2025-04-05", null, null), "300.00");
            assertThat(fromCollections.toStatus()).isEqualTo("PP");
            assertThat(fromCollections.fromStatus()).isEqualTo("C2");
        }

        @Test
        void aPlanInGoodStandingClearsAStickyFlagFromAnEarlierDefault() {
            Decision d = decide(new Account("PP", LocalDate.parse("2025-01-01"), true), plan(Kind.DELINQUENT, "2025-04-05", null, null), "300.00");
            assertThat(d.reason()).isEqualTo(Reason.PLAN_ACTIVE);
            assertThat(d.sticky()).isFalse();
        }

        @Test
        void aPlanOnAnAccountThatOwesNothingIsCompletedOutsideCollectionsToo() {
            PaymentPlan plan = plan(Kind.NON_DELINQUENT, "2025-03-08", null, null);
            Decision d = CollectionRule.decide(out(), a("-0.01"), a("0.00"), TERMS, plan,
                    Installments.due(plan, D).stream().map(w -> new WindowPayments(1, a("0.00"), null)).toList(), D);
            assertThat(d.reason()).isEqualTo(Reason.PAID_OFF);
            assertThat(d.fromStatus()).isNull();
            assertThat(d.toStatus()).isNull();
            assertThat(d.planStatus()).isEqualTo("COMPLETED");
            assertThat(d.detail()).isEqualTo("balance -0.01: nothing owed; plan 7 completed");
            // one cent owed: the installments are checked, and the first one missed defaults the plan
            assertThat(CollectionRule.decide(out(), a("0.01"), a("0.00"), TERMS, plan,
                    Installments.due(plan, D).stream().map(w -> new WindowPayments(1, a("0.00"), null)).toList(), D).reason())
                    .isEqualTo(Reason.PLAN_DEFAULTED);
        }

        @Test
        void paidOffCompletesThePlan() {
            PaymentPlan plan = plan(Kind.DELINQUENT, "2025-03-29", "2025-03-21", null);
            Decision d = CollectionRule.decide(in("PP", "2025-03-01"), a("0.00"), a("0.00"), TERMS, plan,
                    List.of(new WindowPayments(1, a("0.00"), null)), D);
            assertThat(d.reason()).isEqualTo(Reason.PAID_OFF);
            assertThat(d.planStatus()).isEqualTo("COMPLETED");
            assertThat(d.detail()).isEqualTo("balance 0.00: paid off, leaves collections; plan 7 completed");
        }
    }
}
