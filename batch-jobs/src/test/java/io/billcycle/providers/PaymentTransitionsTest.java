package io.billcycle.providers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.billcycle.providers.PaymentTransitions.Action;
import io.billcycle.providers.PaymentTransitions.Outcome;
import io.billcycle.providers.PaymentTransitions.State;

/** Every action from every pair of statuses: the legal moves, written out, and a refusal naming the status otherwise. */
class PaymentTransitionsTest {

    static final List<String> SUBMISSION = List.of("NEW", "READY_FOR_PARENT", "SUBMITTED");
    static final List<String> PAYMENT = List.of("NEW", "RECEIVED", "AUTHORIZED", "HOLD", "PAID");

    /** The legal moves, spelt "action submission/payment -> submission/payment". */
    static final List<String> LEGAL = List.of(
            "SUBMIT NEW/NEW -> READY_FOR_PARENT/NEW", "SUBMIT NEW/RECEIVED -> READY_FOR_PARENT/RECEIVED",
            "SUBMIT NEW/AUTHORIZED -> READY_FOR_PARENT/AUTHORIZED", "SUBMIT NEW/HOLD -> READY_FOR_PARENT/HOLD",
            "SUBMIT NEW/PAID -> READY_FOR_PARENT/PAID",
            "SIGN READY_FOR_PARENT/NEW -> SUBMITTED/RECEIVED", "SIGN READY_FOR_PARENT/RECEIVED -> SUBMITTED/RECEIVED",
            "SIGN READY_FOR_PARENT/AUTHORIZED -> SUBMITTED/AUTHORIZED", "SIGN READY_FOR_PARENT/HOLD -> SUBMITTED/HOLD",
            "SIGN READY_FOR_PARENT/PAID -> SUBMITTED/PAID",
            "RECEIVE NEW/NEW -> NEW/RECEIVED", "RECEIVE READY_FOR_PARENT/NEW -> READY_FOR_PARENT/RECEIVED",
            "AUTHORIZE NEW/RECEIVED -> NEW/AUTHORIZED", "AUTHORIZE READY_FOR_PARENT/RECEIVED -> READY_FOR_PARENT/AUTHORIZED",
            "AUTHORIZE SUBMITTED/RECEIVED -> SUBMITTED/AUTHORIZED",
            "HOLD NEW/NEW -> NEW/HOLD", "HOLD NEW/RECEIVED -> NEW/HOLD", "HOLD NEW/AUTHORIZED -> NEW/HOLD",
            "HOLD READY_FOR_PARENT/NEW -> READY_FOR_PARENT/HOLD", "HOLD READY_FOR_PARENT/RECEIVED -> READY_FOR_PARENT/HOLD",
            "HOLD READY_FOR_PARENT/AUTHORIZED -> READY_FOR_PARENT/HOLD", "HOLD SUBMITTED/RECEIVED -> SUBMITTED/HOLD",
            "HOLD SUBMITTED/AUTHORIZED -> SUBMITTED/HOLD",
            "RELEASE NEW/HOLD -> NEW/RECEIVED", "RELEASE READY_FOR_PARENT/HOLD -> READY_FOR_PARENT/RECEIVED",
            "RELEASE SUBMITTED/HOLD -> SUBMITTED/RECEIVED");

    @Test
    void exactlyTheLegalMovesAreAllowedAndNoActionEverReachesPaid() {
        List<String> allowed = new ArrayList<>();
        for (Action action : Action.values()) {
            for (String s : SUBMISSION) {
                for (String p : PAYMENT) {
                    if (s.equals("SUBMITTED") && p.equals("NEW")) {
                        continue;   // the database refuses this pair: signing receives the payment
                    }
                    Outcome o = PaymentTransitions.apply(action, new State("PAYMENT", s, p), new BigDecimal("10.00"));
                    if (o.allowed()) {
                        allowed.add(action + " " + s + "/" + p + " -> " + o.submission() + "/" + o.payment());
                        if (!p.equals("PAID")) {
                            assertThat(o.payment()).as("only the export pays").isNotEqualTo("PAID");
                        }
                    } else {
                        assertThat(o.refusal()).matches("(submission|payment) is " + (o.refusal().startsWith("submission") ? s : p)
                                + ", not .*");
                    }
                }
            }
        }
        assertThat(allowed).containsExactlyInAnyOrderElementsOf(LEGAL);
    }

    @Test
    void authorizeNeedsAnAmountAboveZeroForAPaymentAndAnyButZeroForAnAdjustment() {
        State payment = new State("PAYMENT", "SUBMITTED", "RECEIVED");
        State adjustment = new State("ADJUSTMENT", "SUBMITTED", "RECEIVED");
        assertThat(PaymentTransitions.apply(Action.AUTHORIZE, payment, new BigDecimal("0.01")).allowed()).isTrue();
        assertThat(PaymentTransitions.apply(Action.AUTHORIZE, payment, new BigDecimal("0.00")).refusal())
                .isEqualTo("a payment is authorized for more than 0.00, got 0.00");
        assertThat(PaymentTransitions.apply(Action.AUTHORIZE, payment, new BigDecimal("-5.00")).allowed()).isFalse();
        assertThat(PaymentTransitions.apply(Action.AUTHORIZE, adjustment, new BigDecimal("-5.00")).allowed()).isTrue();
        assertThat(PaymentTransitions.apply(Action.AUTHORIZE, adjustment, new BigDecimal("0")).refusal())
                .isEqualTo("an adjustment is authorized for an amount other than 0.00, got 0");
        assertThat(PaymentTransitions.apply(Action.AUTHORIZE, payment, null).refusal()).isEqualTo("authorize needs the calculated amount");
    }
}
