package io.billcycle.statements;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * When dunning advances, from the account's current level L at statement date D:
 * <ul>
 * <li>nothing past due at D: level 0;</li>
 * <li>else, with a previous statement, when the payments since it are less than its minimum due: one level up,
 * never past the highest configured level (one level per cycle, never skipping one);</li>
 * <li>else (the account paid what it was asked, or this is its first statement, or its cycle was restarted): L.</li>
 * </ul>
 * Every decision says why, in words that the statement file and {@code accounts show} print.
 */
public final class DunningRule {

    private DunningRule() {
    }

    /** The statement before this one: its date and the minimum it asked for. */
    public record Previous(LocalDate date, BigDecimal minimumDue) {
    }

    /** The new level and why. */
    public record Decision(int level, String reason) {
    }

    /**
     * @param previous     null for a first statement or a restarted cycle
     * @param paymentsSince payments in (previous date, D]; ignored without a previous statement
     */
    public static Decision decide(int level, int maxLevel, BigDecimal pastDue, Previous previous, BigDecimal paymentsSince) {
        if (pastDue.signum() <= 0) {
            return new Decision(0, "nothing past due: level " + level + " -> 0");
        }
        if (previous == null) {
            return new Decision(level, "no previous statement: stays at level " + level);
        }
        String asked = "minimum " + previous.minimumDue() + " due, " + paymentsSince + " paid since " + previous.date();
        if (paymentsSince.compareTo(previous.minimumDue()) >= 0) {
            return new Decision(level, asked + ": stays at level " + level);
        }
        if (level >= maxLevel) {
            return new Decision(maxLevel, asked + (level == maxLevel ? ": stays at the highest level " + maxLevel
                    : ": level " + level + " -> " + maxLevel + ", the highest level there is now"));
        }
        return new Decision(level + 1, asked + ": level " + level + " -> " + (level + 1));
    }
}
