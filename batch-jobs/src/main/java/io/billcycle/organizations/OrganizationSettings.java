package io.billcycle.organizations;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.billcycle.text.MessageLines;

/**
 * A change to an organization's settings: every field null is left as it is. {@link #problems()} checks every value
 * the way the database would, and more, so a change is refused whole, with each problem named, before anything is
 * saved.
 *
 * @param dunningLevels levels to set, with their messages (at most 2 lines of 60 characters)
 * @param removedDunningLevels levels to remove
 * @param collections   the collections integration; null or all-null fields leave it as it is
 * @param mailing       the return address printed on statements and whether statements are printed as PDF; null or
 *                      all-null fields leave it as it is, an empty text clears that line
 */
public record OrganizationSettings(String name, String timeZone, Integer paymentTermsDays, Integer maxCatchUpPeriods,
        BigDecimal minimumPaymentAmount, Boolean financeChargesEnabled, BigDecimal financeChargeAnnualRate,
        BigDecimal financeChargeMinimum, BigDecimal financeChargeMinBalance, Integer financeChargeGraceDays,
        Map<Integer, String> dunningLevels, List<Integer> removedDunningLevels, CollectionSettings collections,
        Mailing mailing) {

    /** What printed statements carry: the organization's address, and whether they are printed at all. */
    public record Mailing(Boolean printStatements, String addressLine1, String addressLine2, String city, String region,
            String postalCode, String country) {

        static final Mailing UNCHANGED = new Mailing(null, null, null, null, null, null, null);

        void problems(List<String> problems) {
            length(problems, "--address-line1", addressLine1, 100);
            length(problems, "--address-line2", addressLine2, 100);
            length(problems, "--city", city, 60);
            length(problems, "--region", region, 60);
            length(problems, "--postal-code", postalCode, 20);
            if (country != null && !country.isEmpty() && !country.matches("[A-Z]{2}")) {
                problems.add("--country must be two capital letters (ISO 3166), got '" + country + "'");
            }
        }

        private static void length(List<String> problems, String option, String value, int most) {
            if (value != null && value.strip().length() > most) {
                problems.add(option + " must be at most " + most + " characters, got " + value.strip().length());
            }
        }
    }

    /**
     * The collections integration: whether the roster runs, when an account is delinquent, and the five statuses it
     * moves accounts to (codes of the organization's own collection statuses).
     */
    public record CollectionSettings(Boolean enabled, Integer daysPastDue, BigDecimal minBalance, String initialStatus,
            String planStatus, String planFailedStatus, String nonDelinquentPlanStatus, String nonDelinquentPlanFailedStatus) {

        /** The status codes given, by the option that sets each. */
        public Map<String, String> statusOptions() {
            Map<String, String> codes = new TreeMap<>();
            put(codes, "--initial-collection-status", initialStatus);
            put(codes, "--payment-plan-status", planStatus);
            put(codes, "--payment-plan-failed-status", planFailedStatus);
            put(codes, "--non-delinquent-plan-status", nonDelinquentPlanStatus);
            put(codes, "--non-delinquent-plan-failed-status", nonDelinquentPlanFailedStatus);
            return codes;
        }

        private static void put(Map<String, String> codes, String option, String code) {
            if (code != null) {
                codes.put(option, code);
            }
        }
    }

    public OrganizationSettings {
        // in level order, so that problems are listed the same way every time
        dunningLevels = dunningLevels == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(dunningLevels));
        removedDunningLevels = removedDunningLevels == null ? List.of() : List.copyOf(removedDunningLevels);
        collections = collections == null ? new CollectionSettings(null, null, null, null, null, null, null, null) : collections;
        mailing = mailing == null ? Mailing.UNCHANGED : mailing;
    }

    /** Nothing to change at all. */
    public boolean isEmpty() {
        return equals(new OrganizationSettings(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null));
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (name != null && (name.isBlank() || name.length() > 200)) {
            problems.add("--name must be 1 to 200 characters");
        }
        if (timeZone != null) {
            try {
                ZoneId.of(timeZone);
            } catch (DateTimeException e) {
                problems.add("--time-zone must be a time zone such as UTC or Europe/Paris, got '" + timeZone + "'");
            }
        }
        range(problems, "--payment-terms-days", paymentTermsDays, 0, 365);
        range(problems, "--max-catch-up-periods", maxCatchUpPeriods, 1, 1000);
        range(problems, "--finance-charge-grace-days", financeChargeGraceDays, 0, 3650);
        amount(problems, "--minimum-payment", minimumPaymentAmount, 2, new BigDecimal("999999999999.99"));
        amount(problems, "--finance-charge-rate", financeChargeAnnualRate, 3, new BigDecimal("100"));
        amount(problems, "--finance-charge-minimum", financeChargeMinimum, 2, new BigDecimal("999999999999.99"));
        amount(problems, "--finance-charge-min-balance", financeChargeMinBalance, 2, new BigDecimal("999999999999.99"));
        dunningLevels.forEach((level, message) -> {
            if (level < 1) {
                problems.add("--dunning-level " + level + ": levels start at 1");
            }
            MessageLines.problems(message, 2).forEach(p -> problems.add("--dunning-level " + level + ": the message " + p));
            if (message.isBlank()) {
                problems.add("--dunning-level " + level + ": the message is empty");
            }
        });
        range(problems, "--collections-days-past-due", collections.daysPastDue(), 0, 3650);
        amount(problems, "--collections-min-balance", collections.minBalance(), 2, new BigDecimal("999999999999.99"));
        collections.statusOptions().forEach((option, code) -> {
            if (!code.matches("[A-Z0-9]{1,3}")) {
                problems.add(option + " must be a status code of 1 to 3 capital letters or digits, got '" + code + "'");
            }
        });
        mailing.problems(problems);
        removedDunningLevels.stream().filter(dunningLevels::containsKey)
                .forEach(level -> problems.add("--remove-dunning-level " + level + ": the same level is also set"));
        return problems;
    }

    private static void range(List<String> problems, String option, Integer value, int least, int most) {
        if (value != null && (value < least || value > most)) {
            problems.add(option + " must be " + least + " to " + most + ", got " + value);
        }
    }

    private static void amount(List<String> problems, String option, BigDecimal value, int decimals, BigDecimal most) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0 || value.compareTo(most) > 0) {
            problems.add(option + " must be 0 to " + most.toPlainString() + ", got " + value.toPlainString());
        } else if (value.stripTrailingZeros().scale() > decimals) {
            problems.add(option + " must have at most " + decimals + " decimals, got " + value.toPlainString());
        }
    }
}
