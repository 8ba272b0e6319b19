package io.billcycle.providers;

import java.math.BigDecimal;

/**
 * The two status machines of a provider payment, and which operator action moves which:
 * <ul>
 * <li>submission: {@code submit} NEW -> READY_FOR_PARENT (attendance submitted, awaiting the parent's signature);
 * {@code sign} READY_FOR_PARENT -> SUBMITTED (signed by both), which also makes a NEW payment RECEIVED;</li>
 * <li>payment: {@code receive} NEW -> RECEIVED; {@code authorize} RECEIVED -> AUTHORIZED with the calculated amount
 * (above zero for a payment, not zero for an adjustment); {@code hold} from NEW, RECEIVED or AUTHORIZED -> HOLD, with a
 * reason; {@code release} HOLD -> RECEIVED. PAID is reached only through the export, never by an action.</li>
 * </ul>
 */
public final class PaymentTransitions {

    private PaymentTransitions() {
    }

    public enum Action { SUBMIT, SIGN, RECEIVE, AUTHORIZE, HOLD, RELEASE }

    /** A payment's statuses as they stand. */
    public record State(String kind, String submission, String payment) {
    }

    /**
     * The statuses after {@code action}, or why it is refused.
     *
     * @param refusal null when the action is allowed
     */
    public record Outcome(String submission, String payment, String refusal) {

        public boolean allowed() {
            return refusal == null;
        }
    }

    /** @param amount the amount {@code authorize} sets; ignored by the other actions */
    public static Outcome apply(Action action, State state, BigDecimal amount) {
        String s = state.submission();
        String p = state.payment();
        return switch (action) {
            case SUBMIT -> s.equals("NEW") ? ok("READY_FOR_PARENT", p) : refuse("submission is " + s + ", not NEW");
            case SIGN -> s.equals("READY_FOR_PARENT") ? ok("SUBMITTED", p.equals("NEW") ? "RECEIVED" : p)
                    : refuse("submission is " + s + ", not READY_FOR_PARENT");
            case RECEIVE -> p.equals("NEW") ? ok(s, "RECEIVED") : refuse("payment is " + p + ", not NEW");
            case AUTHORIZE -> {
                if (!p.equals("RECEIVED")) {
                    yield refuse("payment is " + p + ", not RECEIVED");
                }
                if (amount == null) {
                    yield refuse("authorize needs the calculated amount");
                }
                if (state.kind().equals("PAYMENT") ? amount.signum() <= 0 : amount.signum() == 0) {
                    yield refuse((state.kind().equals("PAYMENT") ? "a payment" : "an adjustment") + " is authorized for "
                            + (state.kind().equals("PAYMENT") ? "more than 0.00" : "an amount other than 0.00")
                            + ", got " + amount.toPlainString());
                }
                yield ok(s, "AUTHORIZED");
            }
            case HOLD -> p.equals("NEW") || p.equals("RECEIVED") || p.equals("AUTHORIZED") ? ok(s, "HOLD")
                    : refuse("payment is " + p + ", not NEW, RECEIVED or AUTHORIZED");
            case RELEASE -> p.equals("HOLD") ? ok(s, "RECEIVED") : refuse("payment is " + p + ", not HOLD");
        };
    }

    private static Outcome ok(String submission, String payment) {
        return new Outcome(submission, payment, null);
    }

    private static Outcome refuse(String why) {
        return new Outcome(null, null, why);
    }
}
